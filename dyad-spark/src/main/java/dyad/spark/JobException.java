package dyad.spark;

/**
 * A failure of the job to report in one line: a usage error (exit status 2: an input that matches nothing, an
 * output made with other settings) or a failure (exit status 1).
 */
public final class JobException extends RuntimeException {
    private final boolean usage;

    public JobException(boolean usage, String message) {
        super(message);
        this.usage = usage;
    }

    public boolean usage() {
        return usage;
    }
}

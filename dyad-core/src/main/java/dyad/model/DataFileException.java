package dyad.model;

/** A data file (dictionary, ontology table, pattern file) that cannot be read: names the file and line. */
public class DataFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public DataFileException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
        this.reason = message;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}

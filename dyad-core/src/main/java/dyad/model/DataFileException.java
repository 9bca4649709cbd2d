package dyad.model;

/** A data file (dictionary, ontology table, pattern file) that cannot be read: names the file and line. */
public class DataFileException extends RuntimeException {
    private final String file;
    private final int line;

    public DataFileException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}

package dyad.spark;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import java.io.File;
import java.net.URI;

/**
 * The local disk under another scheme, {@code other:///tmp/...}: a file system that is not {@code file:}, as HDFS or
 * S3 is on a cluster, so that the job copies its inputs to the executor's disk first ({@link LocalInput}).
 */
public class OtherSchemeFileSystem extends RawLocalFileSystem {
    @Override
    public URI getUri() {
        return URI.create("other:///");
    }

    @Override
    public String getScheme() {
        return "other";
    }

    @Override
    public File pathToFile(Path path) {
        return new File(path.toUri().getPath());
    }

    @Override
    protected void checkPath(Path path) {
        // every path of this scheme is a local path
    }

    @Override
    public Path getWorkingDirectory() {
        return new Path("other:///");
    }
}

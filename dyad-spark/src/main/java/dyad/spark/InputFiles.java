package dyad.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's input files, listed on the driver: each {@code --input} is a file, a directory (every file under it) or
 * a glob, on any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}); the unit of work is one file.
 */
final class InputFiles {
    /** An input file: its fully qualified URI and its length in bytes. */
    record InputFile(String uri, long length) {
    }

    private InputFiles() {
    }

    /**
     * Every file the patterns name, each once, in URI order.
     *
     * @throws JobException when a pattern matches nothing, names a file inside the output directory, or a directory
     *                      the output is inside
     */
    static List<InputFile> list(Configuration conf, List<String> patterns, Path output) throws IOException {
        Map<String, InputFile> files = new LinkedHashMap<>();
        String out = output.toString() + "/";
        for (String pattern : patterns) {
            Path p = new Path(pattern);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) throw new JobException(true, "no input file matches " + pattern);
            int before = files.size();
            for (FileStatus s : matches) {
                if (s.isDirectory()) {
                    String d = fs.makeQualified(s.getPath()).toString() + "/";
                    if (out.startsWith(d)) {
                        throw new JobException(true, "the output directory " + output + " is inside the input directory "
                                + s.getPath() + ": a re-run would read its own output; give an --output outside it");
                    }
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
                    while (it.hasNext()) add(files, fs, it.next());
                } else {
                    add(files, fs, s);
                }
            }
            if (files.size() == before) throw new JobException(true, "no input file under " + pattern + " (empty directories only)");
        }
        for (String f : files.keySet()) {
            if (f.startsWith(out)) throw new JobException(true, "input " + f + " is inside the output directory " + output);
        }
        List<InputFile> list = new ArrayList<>(files.values());
        list.sort(Comparator.comparing(InputFile::uri));
        return list;
    }

    private static void add(Map<String, InputFile> files, FileSystem fs, FileStatus s) {
        String uri = fs.makeQualified(s.getPath()).toString();
        files.putIfAbsent(uri, new InputFile(uri, s.getLen()));
    }
}

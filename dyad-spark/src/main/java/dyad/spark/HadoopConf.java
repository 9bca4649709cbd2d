package dyad.spark;

import org.apache.hadoop.conf.Configuration;

import java.util.HashMap;
import java.util.Map;

/** The driver's Hadoop configuration as a map a task carries, and back (Hadoop's own class is not serializable). */
final class HadoopConf {
    private HadoopConf() {
    }

    static Map<String, String> toMap(Configuration conf) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, String> e : conf) m.put(e.getKey(), e.getValue());
        return m;
    }

    static Configuration of(Map<String, String> map) {
        Configuration c = new Configuration();
        map.forEach(c::set);
        return c;
    }
}

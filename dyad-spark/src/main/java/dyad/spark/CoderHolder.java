package dyad.spark;

import dyad.coder.Coder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Coder} per executor JVM and configuration, built on first use inside a task and shared by every task
 * thread of the executor after that.
 * <p>
 * This is the one piece of static mutable state in Dyad, and it has to be: Spark gives a task no object that lives
 * longer than the task, and the coder's models (CoreNLP, dictionaries, gazetteer: about a gigabyte, several seconds
 * to load) must be loaded once per executor, not once per task, and never serialized or broadcast. The map only
 * grows by one entry per distinct {@link CoderSettings} a JVM sees (one per job in practice); a {@code Coder} is
 * immutable and thread-safe, so sharing it changes no result.
 */
public final class CoderHolder {
    private static final Map<CoderSettings, Coder> CODERS = new ConcurrentHashMap<>();

    private CoderHolder() {
    }

    /** The coder for these settings, loaded by the first caller (the others wait for it). */
    public static Coder coder(CoderSettings settings) {
        return CODERS.computeIfAbsent(settings, s -> new Coder(s.config()));
    }
}

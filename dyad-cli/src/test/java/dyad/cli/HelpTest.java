package dyad.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --help} of every command, as a user runs it: exit status 0, the usage on stdout, nothing on stderr. */
class HelpTest {
    /** Every command and subcommand, as the words that name it ("actors resolve"). */
    static List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine c, List<String> words, List<List<String>> out) {
        out.add(List.copyOf(words));
        c.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) return; // picocli's own, aliases
            List<String> w = new ArrayList<>(words);
            w.add(name);
            collect(sub, w, out);
        });
    }

    @Test
    void everyCommandsHelpIsClean() throws Exception {
        List<List<String>> commands = commands();
        assertTrue(commands.size() >= 18, "all commands found: " + commands);
        for (List<String> words : commands) {
            List<String> args = new ArrayList<>(words);
            args.add("--help");
            DyadProcess.Run r = DyadProcess.run(args.toArray(String[]::new));
            assertEquals(0, r.status(), args + ": " + r.err());
            assertEquals("", r.err(), args + " writes to stderr");
            assertTrue(r.out().startsWith("Usage: dyad"), args + ": " + r.out());
            assertFalse(r.out().contains("%n") || r.out().contains("[picocli"), args + ": " + r.out());
        }
    }
}

package dyad.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks for numeric options: a value out of range is a usage error (exit status 2) naming the option. */
final class Ranges {
    private Ranges() {
    }

    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
    }

    static void positive(CommandSpec spec, String option, double value) {
        if (!(value > 0)) throw new ParameterException(spec.commandLine(), option + " must be more than 0, not " + value);
    }
}

package dyad.cli;

import dyad.coder.Coder;
import dyad.coder.DocumentResult;
import dyad.geo.GeoEvaluation;
import dyad.geo.GeoResult;
import dyad.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dyad geo-eval}: toponym precision and recall and resolution accuracy against a gold corpus. */
@Command(name = "geo-eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score geolocation against gold toponyms in the GeoVirus XML layout (default: "
                + "../shared/corpora/geovirus/GeoVirus.xml): toponym precision, recall and F1; exact matches (within 10 km, "
                + "or the gold page's place in the right country), correct country, Acc@161km, distances."})
public final class GeoEvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Gold corpus (GeoVirus XML layout).")
    Path file;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also list up to N misses and wrong places.")
    int errors;

    @Mixin
    CoderOptions coderOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Ranges.atLeast(spec, "--errors", errors, 0);
        Path gold = file != null ? file : Path.of("../shared/corpora/geovirus/GeoVirus.xml");
        if (!Files.isRegularFile(gold)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + gold);
        List<GeoEvaluation.Passage> passages = GeoEvaluation.readGeoVirus(gold);
        long l0 = System.nanoTime();
        Coder coder = new Coder(coderOptions.config());
        System.out.printf(Locale.ROOT, "corpus: %s; models and gazetteer loaded in %.1f s (gazetteer %.0f ms)%n", gold,
                (System.nanoTime() - l0) / 1e9, coder.places().gazetteer().loadNanos() / 1e6);
        GeoEvaluation eval = new GeoEvaluation(coder.places().gazetteer());
        List<GeoEvaluation.Outcome> outcomes = new ArrayList<>();
        long t0 = System.nanoTime();
        GeoEvaluation.Scores s = eval.score(passages, p -> {
            DocumentResult r = coder.code(new Document(p.id(), p.text(), LocalDate.of(2020, 1, 1), null, null, null));
            List<GeoEvaluation.Predicted> out = new ArrayList<>();
            for (GeoResult.Raw raw : r.places().inRawText(p.text())) {
                if (raw.start() >= 0) out.add(new GeoEvaluation.Predicted(raw.start(), raw.end(), raw.toponym().place()));
            }
            return out;
        }, outcomes);
        System.out.println(s.report());
        System.out.printf(Locale.ROOT, "time: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        int shown = 0;
        for (GeoEvaluation.Outcome o : outcomes) {
            if (shown >= errors) break;
            if (o.gold() == null) {
                String t = o.passage().text();
                System.out.printf(Locale.ROOT, "EXTRA   %s '%s' -> %s (%s)%n", o.passage().id(), t.substring(o.predicted().start(), o.predicted().end()),
                        o.predicted().place(), "..." + t.substring(Math.max(0, o.predicted().start() - 40), Math.min(t.length(), o.predicted().end() + 40)).replace('\n', ' ') + "...");
                shown++;
            } else if (o.predicted() == null) {
                System.out.printf(Locale.ROOT, "MISSED  %s '%s' (%s)%n", o.passage().id(), o.gold().name(), context(o));
                shown++;
            } else if (!o.exact()) {
                System.out.printf(Locale.ROOT, "WRONG   %s '%s' -> %s, %.0f km off (gold %s %.2f,%.2f)%s%n", o.passage().id(), o.gold().name(),
                        o.predicted().place(), o.km(), o.gold().page().replace("https://en.wikipedia.org/wiki/", ""), o.gold().lat(), o.gold().lon(),
                        o.countryOk() ? "" : " WRONG COUNTRY");
                shown++;
            }
        }
        return 0;
    }

    private static String context(GeoEvaluation.Outcome o) {
        String t = o.passage().text();
        int s = Math.max(0, o.gold().start() - 40);
        int e = Math.min(t.length(), o.gold().end() + 40);
        return "..." + t.substring(s, e).replace('\n', ' ') + "...";
    }
}

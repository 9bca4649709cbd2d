package dyad.geo;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution on tagged sentences built by hand (word/POS/NER, as CoreNLP would tag them; no parse), so that the
 * rules are tested without loading NLP models.
 */
class PlaceResolverTest {
    static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.builtIn());
    }

    /** "Springfield/NNP/LOCATION ,/,/O Illinois/NNP/LOCATION" -> a tagged sentence. */
    static AnnotatedSentence sentence(int index, int offset, String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int pos = offset;
        for (String t : tagged.split(" ")) {
            String[] f = t.split("/");
            if (text.length() > 0) {
                text.append(' ');
                pos++;
            }
            String word = f[0].replace('_', ' ');
            tokens.add(new Token(tokens.size(), word, word, f[1], f.length > 2 ? f[2] : "O", pos, pos + word.length(), Token.UNPARSED, ""));
            text.append(word);
            pos += word.length();
        }
        return new AnnotatedSentence(index, text.toString(), offset, pos, tokens, false);
    }

    private static List<Toponym> resolve(String... tagged) {
        List<AnnotatedSentence> s = new ArrayList<>();
        int offset = 0;
        for (String t : tagged) {
            AnnotatedSentence a = sentence(s.size(), offset, t);
            s.add(a);
            offset = a.end() + 1;
        }
        return resolver.resolve(s, null).toponyms();
    }

    private static Toponym named(List<Toponym> ts, String text) {
        return ts.stream().filter(t -> t.mention().span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not resolved in " + ts));
    }

    @Test
    void explicitHierarchyPicksTheTownInItsState() {
        List<Toponym> ts = resolve("He/PRP lives/VBZ in/IN Springfield/NNP/LOCATION ,/, Illinois/NNP/LOCATION ./.");
        Place p = named(ts, "Springfield").place();
        assertEquals("USA", p.country());
        assertEquals("Illinois", p.admin1());
        assertEquals(Place.Kind.ADMIN1, named(ts, "Illinois").place().kind());
        ts = resolve("He/PRP lives/VBZ in/IN Springfield/NNP/LOCATION ,/, Missouri/NNP/LOCATION ./.");
        assertEquals("Missouri", named(ts, "Springfield").place().admin1());
    }

    @Test
    void theStorysCountryDecidesBetweenNamesakes() {
        List<Toponym> ts = resolve("Syrian/JJ troops/NNS entered/VBD Palmyra/NNP/LOCATION ./.",
                "Fighting/NN continued/VBD in/IN Syria/NNP/LOCATION ./.");
        Place p = named(ts, "Palmyra").place();
        assertEquals("SYR", p.country());
        assertEquals(163808, p.geonamesId());
    }

    @Test
    void aUsStoryMeansTheStateOfGeorgia() {
        List<Toponym> ts = resolve("Officials/NNS in/IN Atlanta/NNP/LOCATION ,/, Georgia/NNP/LOCATION and/CC Florida/NNP/LOCATION said/VBD so/RB ./.",
                "The/DT United/NNP/LOCATION States/NNPS/LOCATION reported/VBD cases/NNS ./.");
        Place g = named(ts, "Georgia").place();
        assertEquals(Place.Kind.ADMIN1, g.kind());
        assertEquals("USA", g.country());
    }

    @Test
    void notAPlace() {
        List<Toponym> ts = resolve("Jordan/NNP/PERSON Henderson/NNP/PERSON scored/VBD ./.",
                "Chad/NNP/PERSON Smith/NNP/PERSON spoke/VBD in/IN March/NNP ./.",
                "The/DT Washington/NNP/ORGANIZATION Post/NNP/ORGANIZATION reported/VBD it/PRP ./.",
                "They/PRP ate/VBD turkey/NN ./.");
        assertTrue(ts.isEmpty(), ts.toString());
    }

    @Test
    void countriesNamedInOrganisationsStayPlaces() {
        List<Toponym> ts = resolve("The/DT U.S./NNP/ORGANIZATION Centers/NNP/ORGANIZATION for/IN/ORGANIZATION Disease/NNP/ORGANIZATION Control/NNP/ORGANIZATION said/VBD ./.");
        assertEquals("USA", named(ts, "U.S.").place().country());
    }
}

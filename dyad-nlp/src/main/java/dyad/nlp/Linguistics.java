package dyad.nlp;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Stage 2: Stanford CoreNLP, configured for speed. Every sentence gets tokens, POS tags and lemmas;
 * only the sentences a {@link ParseSelector} picks (those with an actor and a trigger candidate) get
 * named entities (the 3-class CRF only, when enabled) and a Universal Dependencies parse.
 * One instance holds the models (load once per JVM) and is safe to use from many threads.
 */
public final class Linguistics {
    /** Sentences longer than this many tokens are tagged but never parsed. */
    public static final int MAX_PARSE_TOKENS = 100;

    private final StanfordCoreNLP tagger;
    private final Annotator ner;
    private final Annotator parser;

    public Linguistics(boolean withNer) {
        RedwoodConfiguration.current().clear().apply();
        Properties base = new Properties();
        base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        base.setProperty("tokenize.language", "en");
        base.setProperty("tokenize.options",
                "invertible=false,ptb3Escaping=false,quotes=latex,normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneDelete");
        base.setProperty("ssplit.newlineIsSentenceBreak", "always");
        base.setProperty("pos.maxlen", "300");
        base.setProperty("pos.nthreads", "1");
        this.tagger = new StanfordCoreNLP(base);

        Properties dep = new Properties();
        dep.setProperty("depparse.maxlen", Integer.toString(MAX_PARSE_TOKENS));
        dep.setProperty("depparse.nthreads", "1");
        this.parser = new DependencyParseAnnotator(dep);

        if (withNer) {
            Properties np = new Properties();
            np.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            np.setProperty("ner.applyNumericClassifiers", "false");
            np.setProperty("ner.useSUTime", "false");
            np.setProperty("ner.applyFineGrained", "false");
            np.setProperty("ner.buildEntityMentions", "false");
            np.setProperty("ner.combinationMode", "NORMAL");
            np.setProperty("ner.language", "en");
            np.setProperty("ner.nthreads", "1");
            try {
                this.ner = new NERCombinerAnnotator(np);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot load the NER model", e);
            }
        } else {
            this.ner = null;
        }
    }

    /**
     * Annotates a cleaned text: every sentence is tagged and lemmatised; the ones the selector picks are
     * also given named entities and a dependency parse.
     */
    public List<AnnotatedSentence> annotate(String text, ParseSelector selector) {
        return annotate(text, selector, false);
    }

    /**
     * As {@link #annotate(String, ParseSelector)}; with {@code nerEverywhere} (geolocation) the NER, when enabled,
     * tags every sentence, not only the parsed ones, so that every toponym candidate has its LOCATION / PERSON tag.
     */
    public List<AnnotatedSentence> annotate(String text, ParseSelector selector, boolean nerEverywhere) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        List<CoreMap> chosen = new ArrayList<>();
        List<Integer> chosenIndex = new ArrayList<>();
        List<CoreMap> unchosen = new ArrayList<>();
        List<Integer> unchosenIndex = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            AnnotatedSentence tagged = convert(i, text, s, false);
            out.add(tagged);
            if (tagged.size() <= MAX_PARSE_TOKENS && selector.worthParsing(tagged)) {
                chosen.add(s);
                chosenIndex.add(i);
            } else {
                unchosen.add(s);
                unchosenIndex.add(i);
            }
        }
        if (!chosen.isEmpty()) {
            Annotation sub = subset(text, chosen);
            if (ner != null) ner.annotate(sub);
            parser.annotate(sub);
            for (int k = 0; k < chosen.size(); k++) {
                int i = chosenIndex.get(k);
                out.set(i, convert(i, text, chosen.get(k), true));
            }
        }
        if (nerEverywhere && ner != null && !unchosen.isEmpty()) {
            ner.annotate(subset(text, unchosen));
            for (int k = 0; k < unchosen.size(); k++) {
                int i = unchosenIndex.get(k);
                out.set(i, convert(i, text, unchosen.get(k), false));
            }
        }
        return out;
    }

    private static Annotation subset(String text, List<CoreMap> sentences) {
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sub;
    }

    private static AnnotatedSentence convert(int index, String text, CoreMap s, boolean parsed) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, Token.UNPARSED);
        Arrays.fill(rels, "");
        SemanticGraph graph = parsed ? s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
        if (graph != null) {
            int offset = labels.get(0).index(); // CoreLabel.index() is 1-based
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                int dep = e.getDependent().index() - offset;
                heads[dep] = e.getGovernor().index() - offset;
                rels[dep] = e.getRelation().toString();
            }
            for (var root : graph.getRoots()) {
                heads[root.index() - offset] = Token.ROOT;
                rels[root.index() - offset] = "root";
            }
            for (int i = 0; i < n; i++) {
                if (heads[i] == Token.UNPARSED) { // punctuation left out of the graph
                    heads[i] = Token.ROOT;
                    rels[i] = "punct";
                }
            }
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            String ne = l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, l.word(), lemma, l.tag() == null ? "X" : l.tag(), ne == null ? "O" : ne,
                    l.beginPosition(), l.endPosition(), heads[i], rels[i]));
        }
        int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
        int end = labels.isEmpty() ? 0 : labels.get(n - 1).endPosition();
        return new AnnotatedSentence(index, text.substring(start, end), start, end, tokens, graph != null);
    }
}

package dyad.eval;

/** What an event is scored by: its PLOVER category, its CAMEO root, or its full CAMEO code. */
public enum Key {
    PLOVER("PLOVER category"),
    ROOT("CAMEO root"),
    CODE("CAMEO code");

    private final String title;

    Key(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    String of(GoldEvent g) {
        return switch (this) {
            case PLOVER -> g.category();
            case ROOT -> g.root();
            case CODE -> g.cameo();
        };
    }

    String of(CodedEvent c) {
        return switch (this) {
            case PLOVER -> c.category();
            case ROOT -> c.root();
            case CODE -> c.cameo();
        };
    }
}

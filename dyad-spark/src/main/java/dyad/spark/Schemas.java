package dyad.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The output tables' columns. Events: every field {@code dyad code} writes ({@code dyad.output.JsonLinesWriter},
 * {@code schema/event.schema.json}), nested as there; documents: one row per input document.
 */
final class Schemas {
    private Schemas() {
    }

    private static final String SPAN = "STRUCT<`text`: STRING, `start`: INT, `end`: INT>";
    private static final String ACTOR = "STRUCT<`code`: STRING, `text`: STRING, `country`: STRING, `sectors`: ARRAY<STRING>, "
            + "`entity`: STRING, `span`: " + SPAN + ">";

    static final StructType EVENTS = StructType.fromDDL(String.join(", ",
            "`event_id` STRING", "`doc_id` STRING", "`sentence_index` INT", "`sentence` STRING", "`date` STRING",
            "`source` " + ACTOR, "`target` " + ACTOR,
            "`cameo` STRUCT<`code`: STRING, `root`: STRING, `name`: STRING, `goldstein`: DOUBLE, `quad_class`: INT>",
            "`plover` STRUCT<`event`: STRING, `mode`: STRING, `context`: ARRAY<STRING>>",
            "`trigger` " + SPAN,
            "`negated` BOOLEAN", "`hypothetical` BOOLEAN", "`future` BOOLEAN", "`historical` BOOLEAN",
            "`location` STRUCT<`name`: STRING, `country`: STRING, `admin1`: STRING, `lat`: DOUBLE, `lon`: DOUBLE, "
                    + "`geonames_id`: BIGINT, `precision`: STRING, `text`: " + SPAN + ", `basis`: STRING>",
            "`evidence` STRUCT<`pattern`: STRING, `source_entry`: STRING, `target_entry`: STRING, `date_rule`: STRING, "
                    + "`notes`: ARRAY<STRING>>"));

    static final StructType DOCUMENTS = StructType.fromDDL(String.join(", ",
            "`doc_id` STRING", "`url` STRING", "`date` STRING", "`status` STRING", "`skip_reason` STRING",
            "`origin` STRING", "`input_file` STRING", "`sentences` INT", "`events` INT"));
}

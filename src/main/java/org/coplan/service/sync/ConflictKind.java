package org.coplan.service.sync;

/**
 * What a kept conflict is about. The kind travels in the conflict's field name (ADR 0008) so that the
 * {@code sync_conflict} table needs no new column: a plain field name is two values of one field; the others
 * start with {@code #}.
 */
public enum ConflictKind {

    /** Two values of one field; the field name is the column's. */
    FIELD("", true),
    /** An edit of a row that was deleted elsewhere without seeing it: {@code #deleted:<field>}; the loser is the edit. */
    EDIT_OF_DELETED("#deleted:", true),
    /**
     * An item's parent was not applied: the move would have closed a parent cycle, or the parent was deleted
     * elsewhere. {@code #parent}; the loser's value is the parent that was not applied.
     */
    PARENT("#parent", false),
    /** A link that would close a dependency cycle is disabled: {@code #link-cycle}; the loser is the link's insert. */
    LINK_CYCLE("#link-cycle", false),
    /** A second link between the same two items is disabled: {@code #link-duplicate}. */
    LINK_DUPLICATE("#link-duplicate", false),
    /** A link to an item deleted elsewhere is dropped with it: {@code #link-deleted}. */
    LINK_OF_DELETED("#link-deleted", false);

    private final String prefix;
    private final boolean namesField;

    ConflictKind(String prefix, boolean namesField) {
        this.prefix = prefix;
        this.namesField = namesField;
    }

    /** The field name under which a conflict of this kind is kept; {@code field} only for the kinds naming one. */
    public String fieldName(String field) {
        return namesField ? prefix + field : prefix;
    }

    /** The kind of a kept conflict, from its field name. */
    public static ConflictKind of(String fieldName) {
        if (!fieldName.startsWith("#")) {
            return FIELD;
        }
        for (ConflictKind kind : values()) {
            if (kind != FIELD && (kind.namesField ? fieldName.startsWith(kind.prefix) : fieldName.equals(kind.prefix))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a conflict field name: " + fieldName);
    }

    /** The field a conflict is about: the column for the field kinds, otherwise {@code null}. */
    public static String field(String fieldName) {
        ConflictKind kind = of(fieldName);
        return kind.namesField ? fieldName.substring(kind.prefix.length()) : null;
    }

    /**
     * The message that explains a conflict of this kind; its arguments are the item or link, the field and the
     * losing value (a kind uses those it needs).
     */
    public String messageKey() {
        return switch (this) {
            case FIELD -> "exchange.conflict.field";
            case EDIT_OF_DELETED -> "exchange.conflict.edit-of-deleted";
            case PARENT -> "exchange.conflict.parent";
            case LINK_CYCLE -> "exchange.conflict.link-cycle";
            case LINK_DUPLICATE -> "exchange.conflict.link-duplicate";
            case LINK_OF_DELETED -> "exchange.conflict.link-of-deleted";
        };
    }

    public boolean disablesLink() {
        return this == LINK_CYCLE || this == LINK_DUPLICATE;
    }
}

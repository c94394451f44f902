package org.coplan.ui.roadmap;

/**
 * One entry of a choice box: the value stored, the label shown in the list ("KZ — Kazakhstan") and the
 * short label shown where space is scarce ("KZ"). {@code value} may be {@code null} for "none" (no lead
 * state, no priority area).
 *
 * @param <T> the stored value
 */
public record Choice<T>(T value, String label, String shortLabel) {

    public Choice(T value, String label) {
        this(value, label, label);
    }

    @Override
    public String toString() {
        return label;
    }
}

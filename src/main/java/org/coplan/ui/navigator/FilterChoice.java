package org.coplan.ui.navigator;

import java.util.UUID;

/**
 * One entry of a navigator filter: a member state or a priority area by id, or "all" ({@code id} null),
 * with the text the combo box shows.
 */
public record FilterChoice(UUID id, String label) {

    public boolean isAll() {
        return id == null;
    }

    @Override
    public String toString() {
        return label;
    }
}

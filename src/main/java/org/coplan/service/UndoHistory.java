package org.coplan.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.coplan.service.edit.Edit;

/** The undo and redo stacks: at most {@code capacity} steps; a new edit clears what could be redone. */
public final class UndoHistory {

    public static final int DEFAULT_CAPACITY = 500;

    private final int capacity;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    public UndoHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public UndoHistory() {
        this(DEFAULT_CAPACITY);
    }

    void recordDone(Edit edit) {
        undo.push(edit);
        if (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    void recordUndone() {
        redo.push(undo.pop());
    }

    void recordRedone() {
        undo.push(redo.pop());
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}

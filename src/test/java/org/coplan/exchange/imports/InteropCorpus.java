package org.coplan.exchange.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared corpus of real plan files ({@code shared/interop-corpus} beside the project, or beside one of its
 * parent folders: a worktree sits deeper than a clone) and its {@code TRUTH.tsv}, one row per file.
 */
public final class InteropCorpus {

    private static final Path RELATIVE = Path.of("shared", "interop-corpus");

    private InteropCorpus() {
    }

    public static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RELATIVE).resolve("TRUTH.tsv"))) {
                return Optional.of(dir.resolve(RELATIVE));
            }
        }
        return Optional.empty();
    }

    /** The plan files: everything but the corpus's own description files. */
    static List<Path> planFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !List.of("README.md", "MANIFEST.tsv", "TRUTH.tsv")
                    .contains(file.getFileName().toString())).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** TRUTH.tsv as rows keyed by file name, each a map from column name to value. */
    static Map<String, Map<String, String>> truth(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("TRUTH.tsv"));
            String[] header = lines.getFirst().split("\t", -1);
            Map<String, Map<String, String>> rows = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.put(row.get("file"), row);
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

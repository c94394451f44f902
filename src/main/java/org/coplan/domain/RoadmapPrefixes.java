package org.coplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the predecessors text names a roadmap: by its name or the start of it, as long as that names one
 * roadmap of the programme. A name that is typed in full wins over longer names it begins ("Energy" is
 * the roadmap Energy even beside "Energy efficiency"); case does not matter. The text names a roadmap by
 * its first words, as few as tell it apart, so that a column stays short and a planner can read it.
 * Only the part of a name before a {@code /}, {@code ;} or {@code ,} counts: those separate the text's parts.
 */
final class RoadmapPrefixes {

    private final List<Roadmap> roadmaps;

    RoadmapPrefixes(List<Roadmap> roadmaps) {
        this.roadmaps = List.copyOf(roadmaps);
    }

    /** The roadmaps the typed prefix may mean: one exactly named, else all that begin with it. */
    List<Roadmap> matching(String typed) {
        String prefix = key(typed);
        List<Roadmap> starting = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            String name = key(roadmap.name());
            if (name.equals(prefix)) {
                return List.of(roadmap);
            }
            if (!prefix.isEmpty() && name.startsWith(prefix)) {
                starting.add(roadmap);
            }
        }
        return starting;
    }

    Optional<Roadmap> resolve(String typed) {
        List<Roadmap> matching = matching(typed);
        return matching.size() == 1 ? Optional.of(matching.getFirst()) : Optional.empty();
    }

    /** The fewest first words of the roadmap's name that name it and no other. */
    String label(Roadmap roadmap) {
        String name = usable(roadmap.name());
        String[] words = name.split("\\s+");
        StringBuilder label = new StringBuilder();
        for (String word : words) {
            if (!label.isEmpty()) {
                label.append(' ');
            }
            label.append(word);
            if (resolve(label.toString()).filter(found -> found.id().equals(roadmap.id())).isPresent()) {
                return label.toString();
            }
        }
        return name;
    }

    private static String usable(String name) {
        int cut = name.length();
        for (char separator : new char[] {'/', ';', ','}) {
            int at = name.indexOf(separator);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut).strip();
    }

    private static String key(String text) {
        return usable(text).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

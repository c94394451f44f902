package org.coplan.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code uses exists in every language, no bundle keeps keys nobody uses, and every text is a
 * valid MessageFormat pattern. Keys are found as string literals in the main sources whose first segment is
 * one of the bundles' key prefixes, so a key built by concatenation shows up here as "unused".
 */
class LocalizationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/org/coplan/l10n");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private static Map<String, String> english;
    private static Map<String, String> russian;
    private static Set<String> literalsInCode;

    @BeforeAll
    static void load() throws IOException {
        english = read(BUNDLES.resolve("messages.properties"));
        russian = read(BUNDLES.resolve("messages_ru.properties"));
        literalsInCode = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = STRING_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    literalsInCode.add(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() {
        assertThat(new TreeSet<>(russian.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
    }

    @Test
    void everyKeyUsedInCodeExistsInTheBundles() {
        Set<String> prefixes = new HashSet<>();
        english.keySet().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        for (String literal : literalsInCode) {
            if (KEY_SHAPE.matcher(literal).matches() && prefixes.contains(literal.substring(0, literal.indexOf('.')))
                    && !english.containsKey(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void noBundleHoldsUnusedKeys() {
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(literalsInCode);
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArguments() {
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = russian.get(key);
            if (text.isBlank() || translated == null || translated.isBlank()) {
                problems.add(key + ": empty");
                return;
            }
            try {
                int englishArguments = new MessageFormat(text).getFormatsByArgumentIndex().length;
                int russianArguments = new MessageFormat(translated).getFormatsByArgumentIndex().length;
                if (englishArguments != russianArguments) {
                    problems.add(key + ": " + englishArguments + " arguments in English, " + russianArguments
                            + " in Russian");
                }
            } catch (IllegalArgumentException invalid) {
                problems.add(key + ": " + invalid.getMessage());
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void russianTextIsRussian() {
        long cyrillic = russian.values().stream().filter(text -> text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)).count();
        assertThat(cyrillic).as("Russian texts written in Cyrillic").isGreaterThan(russian.size() * 8L / 10);
    }

    /** Reads a bundle keeping order and failing on a key defined twice, which Properties would hide. */
    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        java.util.Properties checker = new java.util.Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (entries.put((String) key, (String) value) != null) {
                    duplicates.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            checker.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(duplicates).as("keys defined twice in " + file).isEmpty();
        return entries;
    }
}

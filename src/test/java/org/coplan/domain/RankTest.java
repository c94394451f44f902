package org.coplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Fractional sort keys: there is always a valid key strictly between two others. */
class RankTest {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> body = Arbitraries.strings().withChars(DIGITS.toCharArray()).ofMinLength(0).ofMaxLength(7);
        Arbitrary<Character> last = Arbitraries.chars().with(DIGITS.substring(1).toCharArray());
        // keys near the edges of the alphabet are where midpoints run out of room
        Arbitrary<String> edgy = Arbitraries.strings().withChars('0', '1', 'y', 'z').ofMinLength(0).ofMaxLength(6);
        return Arbitraries.oneOf(body, edgy).flatMap(prefix -> last.map(end -> prefix + end));
    }

    @Property(tries = 2000)
    void betweenLiesStrictlyBetweenAndIsValid(@ForAll("keys") String a, @ForAll("keys") String b) {
        Assume.that(!a.equals(b));
        String lower = a.compareTo(b) < 0 ? a : b;
        String upper = a.compareTo(b) < 0 ? b : a;

        String middle = Rank.between(lower, upper);

        assertThat(middle).isGreaterThan(lower).isLessThan(upper);
        assertThat(Rank.requireValid(middle)).isEqualTo(middle);
    }

    @Property(tries = 500)
    void beforeAndAfterLieOutsideAndAreValid(@ForAll("keys") String key) {
        assertThat(Rank.before(key)).isLessThan(key).satisfies(Rank::requireValid);
        assertThat(Rank.after(key)).isGreaterThan(key).satisfies(Rank::requireValid);
    }

    @Property(tries = 200)
    void insertingAgainAndAgainAtOnePlaceKeepsFindingRoom(@ForAll("keys") String a, @ForAll("keys") String b,
                                                           @ForAll @IntRange(min = 1, max = 60) int times,
                                                           @ForAll boolean towardsLower) {
        Assume.that(!a.equals(b));
        String lower = a.compareTo(b) < 0 ? a : b;
        String upper = a.compareTo(b) < 0 ? b : a;
        for (int i = 0; i < times; i++) {
            String middle = Rank.between(lower, upper);
            assertThat(middle).isGreaterThan(lower).isLessThan(upper);
            if (towardsLower) {
                upper = middle;
            } else {
                lower = middle;
            }
        }
    }

    @Property(tries = 300)
    void initialKeysIncrease(@ForAll @IntRange(min = 0, max = 14_000_000) int index) {
        assertThat(Rank.initial(index)).isLessThan(Rank.initial(index + 1)).satisfies(Rank::requireValid);
    }

    @Test
    void theFirstThousandInitialKeysAreSortedAndDistinct() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(Rank.initial(i));
        }
        assertThat(keys).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void firstKeyOfAnEmptyListAndAppendingWork() {
        String first = Rank.between(null, null);
        assertThat(Rank.after(first)).isGreaterThan(first);
        assertThat(Rank.before(first)).isLessThan(first);
    }

    @Test
    void keysOutOfOrderOrMalformedAreRejected() {
        assertThatThrownBy(() -> Rank.between("B", "A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.between("A", "A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.requireValid("A0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.requireValid("A-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.requireValid("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.initial(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

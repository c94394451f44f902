package org.coplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A link's own rules: not to itself, and a lag within ±10,000 working days. */
class DependencyTest {

    private final UUID a = Ids.newId();
    private final UUID b = Ids.newId();

    private String refusal(UUID predecessor, UUID successor, int lag) {
        return catchThrowableOfType(PlanRuleViolation.class,
                () -> new Dependency(Ids.newId(), predecessor, successor, DependencyType.FS, lag)).problem().key();
    }

    @Test
    void lagsUpToTheLimitEitherWayAreAccepted() {
        assertThat(new Dependency(Ids.newId(), a, b, DependencyType.SS, -Dependency.MAX_LAG_DAYS).lagDays())
                .isEqualTo(-10_000);
        assertThat(new Dependency(Ids.newId(), a, b, DependencyType.FF, Dependency.MAX_LAG_DAYS).lagDays())
                .isEqualTo(10_000);
    }

    @Test
    void lagsBeyondTheLimitAreRefusedEvenTheMostNegativeInteger() {
        assertThat(refusal(a, b, 10_001)).isEqualTo("rule.dependency-lag-range");
        assertThat(refusal(a, b, -10_001)).isEqualTo("rule.dependency-lag-range");
        assertThat(refusal(a, b, Integer.MIN_VALUE)).isEqualTo("rule.dependency-lag-range");
    }

    @Test
    void anItemCannotDependOnItself() {
        assertThat(refusal(a, a, 0)).isEqualTo("rule.dependency-self");
    }
}

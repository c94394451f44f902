package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.PLAN_SETTING;

import java.util.Objects;
import java.util.Optional;
import org.coplan.service.port.SettingRepository;
import org.jooq.DSLContext;

/** Named values in table {@code plan_setting}; not entities, so not in the change log. */
final class JooqSettingRepository implements SettingRepository {

    private final DSLContext dsl;

    JooqSettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String name) {
        return dsl.select(PLAN_SETTING.SETTING_VALUE).from(PLAN_SETTING).where(PLAN_SETTING.SETTING_NAME.eq(name))
                .fetchOptional(PLAN_SETTING.SETTING_VALUE);
    }

    @Override
    public void put(String name, String value) {
        Objects.requireNonNull(value, "value");
        dsl.insertInto(PLAN_SETTING).set(PLAN_SETTING.SETTING_NAME, name).set(PLAN_SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate().set(PLAN_SETTING.SETTING_VALUE, value).execute();
    }
}

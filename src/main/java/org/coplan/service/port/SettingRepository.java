package org.coplan.service.port;

import java.util.Optional;

/** Small named values kept in the plan database itself (not the user's window preferences). */
public interface SettingRepository {

    Optional<String> get(String name);

    void put(String name, String value);
}

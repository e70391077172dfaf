package io.sxalable.driver.routeros.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the router answered to one command.
 *
 * @param command the command word, e.g. {@code "/ip/address/print"}, for messages
 * @param items   the attributes of every {@code !re}, in order
 * @param trap    the {@code =message=} of a {@code !trap}, when the command failed
 * @param done    the attributes of the closing {@code !done} (e.g. {@code ret} = the {@code .id} of an added item)
 */
public record ApiResult(String command, List<Map<String, String>> items, Optional<String> trap,
                        Map<String, String> done) {

    public ApiResult {
        Objects.requireNonNull(command, "command");
        items = List.copyOf(items);
        Objects.requireNonNull(trap, "trap");
        done = Map.copyOf(done);
    }

    public boolean failed() {
        return trap.isPresent();
    }

    /** The {@code =ret=} of {@code !done}: the new {@code .id} after {@code add}, the challenge of a legacy login. */
    public Optional<String> ret() {
        return Optional.ofNullable(done.get("ret"));
    }
}

package io.sxalable.driver.ciscoios;

import io.sxalable.driver.ciscoios.parse.CliText;
import io.sxalable.driver.ciscoios.ssh.CliChannel;
import io.sxalable.driver.ciscoios.ssh.SshConnection;
import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Brings a fresh CLI to privileged EXEC with paging off: {@code enable} with the {@code enable-secret} option when
 * the login lands in user EXEC ({@code r1>}), then {@code terminal length 0} and {@code terminal width 0}.
 */
final class Login {

    /** The {@link DeviceTarget#options()} key of the enable secret. */
    static final String ENABLE_SECRET = "enable-secret";

    private static final Pattern PASSWORD = Pattern.compile("Password: ?$");

    private Login() {
    }

    static void prepare(SshConnection connection, DeviceTarget target) throws DeviceException {
        CliChannel cli = connection.cli();
        String endpoint = connection.endpoint();
        if (!cli.prompt().privileged()) {
            enable(cli, target, endpoint);
        }
        // both are refused by some AAA setups; paging is handled anyway and the width only matters for echo
        cli.command("terminal length 0", target.commandTimeout());
        cli.command("terminal width 0", target.commandTimeout());
    }

    private static void enable(CliChannel cli, DeviceTarget target, String endpoint) throws DeviceException {
        String prompt = cli.prompt().text();
        Optional<String> secret = Optional.ofNullable(target.options().get(ENABLE_SECRET));
        if (secret.isEmpty()) {
            throw new DeviceAuthenticationException(endpoint + ": the login lands in user EXEC (" + prompt + ") and no '"
                    + ENABLE_SECRET + "' option is set: give the user privilege 15 or set the option");
        }
        String asked = cli.until("enable", PASSWORD, target.commandTimeout());
        if (!PASSWORD.matcher(asked).find()) {
            if (cli.prompt().privileged()) {
                return;
            }
            throw new DeviceAuthenticationException(endpoint + ": 'enable' refused: "
                    + CliText.error(asked.replace("\r", "")).orElse(asked.replace("\r", "").strip()));
        }
        String answer = cli.secret(secret.get(), PASSWORD, target.commandTimeout());
        if (!PASSWORD.matcher(answer).find() && cli.prompt().privileged()) {
            return;
        }
        // wrong secret: IOS asks twice more, then says "% Bad secrets"; let it finish so the session ends cleanly
        for (int i = 0; i < 2 && PASSWORD.matcher(answer).find(); i++) {
            answer = cli.secret("", PASSWORD, target.commandTimeout());
        }
        throw new DeviceAuthenticationException(endpoint + ": the enable secret was refused (" + prompt + ")");
    }
}

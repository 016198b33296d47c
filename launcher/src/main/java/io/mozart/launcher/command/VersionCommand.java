package io.mozart.launcher.command;

import io.mozart.launcher.MozartVersion;
import picocli.CommandLine.Command;

/** {@code version}: the same four lines as {@code --version}; not listed in the help (an alias, as in the spec). */
@Command(name = "version", hidden = true, description = "Print the version.")
final class VersionCommand extends AdminCommand {

    VersionCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        MozartVersion.lines().forEach(this::println);
        return OK;
    }
}

package io.mozart.launcher.command;

import picocli.CommandLine.Command;

/** {@code db:migrate}: applies every pending schema migration to the configured database (any auth mode). */
@Command(name = "db:migrate", description = "Apply all pending schema migrations to the configured database.")
final class DbMigrateCommand extends AdminCommand {

    DbMigrateCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        env.rawStorage().migrate();
        println("Database successfully migrated");
        return OK;
    }
}

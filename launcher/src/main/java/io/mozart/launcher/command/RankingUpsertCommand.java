package io.mozart.launcher.command;

import io.mozart.server.ranking.RankingService;
import io.mozart.server.storage.RankingRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ranking:upsert [--count <n>]}: rebuilds the ranking of the top characters in one transaction. */
@Command(name = "ranking:upsert", description = "Rebuild the user ranking by level and experience.")
final class RankingUpsertCommand extends AdminCommand {

    @Option(names = "--count", paramLabel = "<n>", description = "How many users to rank (default: 1000).")
    private int count = RankingRebuild.DEFAULT_COUNT;

    RankingUpsertCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        if (count < 0) {
            println("The ranking count cannot be negative.");
            return FAILED;
        }
        new RankingService(env.storage()).rebuild(count);
        println("User ranking has been updated successfully");
        return OK;
    }
}

package io.mozart.server.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.UserProfile;
import io.mozart.server.auth.AuthService;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ranking:upsert over a real SQLite file, including two users swapping places (unique index on the dump). */
class RankingServiceTest {

    @Test
    void swappingUsersKeepsTheUniqueIndexesAndRecordsTheDeltas(@TempDir Path dir) {
        try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"))) {
            storage.migrate();
            ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
            AuthService auth = new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), timers, null);
            UserProfile a = auth.register("ann", "pw", Gender.FEMALE, false);
            UserProfile b = auth.register("bob", "pw", Gender.MALE, false);
            UserProfile c = auth.register("cid", "pw", Gender.MALE, false);
            timers.shutdownNow();
            storage.characters().updateProgress(a.id(), new Progress(5, 0, 0, 0, 0, 0));
            storage.characters().updateProgress(b.id(), new Progress(4, 0, 0, 0, 0, 0));
            storage.characters().updateProgress(c.id(), new Progress(3, 0, 0, 0, 0, 0));
            RankingService service = new RankingService(storage);
            assertEquals(
                    List.of(a.id(), b.id(), c.id()),
                    service.rebuild(1000).stream().map(RankingEntry::userId).toList());
            storage.characters().updateProgress(b.id(), new Progress(6, 0, 0, 0, 0, 0));
            List<RankingEntry> swapped = service.rebuild(1000);
            assertEquals(
                    List.of(b.id(), a.id(), c.id()),
                    swapped.stream().map(RankingEntry::userId).toList());
            assertEquals(
                    Map.of(1, b.id(), 2, a.id(), 3, c.id()), storage.rankings().dumpRanking());
            RankingEntry up = storage.rankings().find(b.id()).orElseThrow();
            RankingEntry down = storage.rankings().find(a.id()).orElseThrow();
            RankingEntry same = storage.rankings().find(c.id()).orElseThrow();
            assertEquals(List.of(1, 1, 1), List.of(up.ranking(), up.changeType(), up.changeRanking()));
            assertEquals(List.of(2, 0, 1), List.of(down.ranking(), down.changeType(), down.changeRanking()));
            assertEquals(List.of(3, 2, 0), List.of(same.ranking(), same.changeType(), same.changeRanking()));
            assertThrows(IllegalArgumentException.class, () -> service.rebuild(-1));
        }
    }
}

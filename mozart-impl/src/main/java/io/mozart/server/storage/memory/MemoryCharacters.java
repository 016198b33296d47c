package io.mozart.server.storage.memory;

import io.mozart.api.storage.CharacterRepository;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Names;
import io.mozart.api.storage.NicknameTakenException;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class MemoryCharacters implements CharacterRepository {

    private final MemoryStorage db;

    MemoryCharacters(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public UserProfile create(String username, Gender gender, boolean administrator) {
        return db.atomic(() -> {
            final String name = username.strip();
            if (!db.characters.values(c -> Names.same(c.username(), name)).isEmpty()) {
                throw new UsernameTakenException(name);
            }
            if (isNicknameTaken(name)) {
                throw new UsernameTakenException(name);
            }
            final int id = (int) db.characterIds.next();
            final UserProfile p = new UserProfile(
                    id, name, name, gender.storedAsMale() ? Gender.MALE : Gender.FEMALE, administrator, Progress.NEW);
            db.characters.put(id, p);
            return p;
        });
    }

    @Override
    public Optional<UserProfile> find(int userId) {
        return db.atomic(() -> db.characters.get(userId));
    }

    @Override
    public Optional<UserProfile> findByUsername(String username) {
        final String name = username.strip();
        return db.atomic(() ->
                db.characters.values(c -> c.username().equals(name)).stream().findFirst());
    }

    @Override
    public Optional<UserProfile> findByNickname(String nickname) {
        return db.atomic(() -> db.characters.values(c -> Names.same(c.nickname(), nickname)).stream()
                .findFirst());
    }

    @Override
    public boolean isNicknameTaken(String nickname) {
        return findByNickname(nickname).isPresent();
    }

    @Override
    public boolean changeNickname(int userId, String nickname) {
        final String nick = nickname.strip();
        return db.atomic(() -> db.characters
                .get(userId)
                .map(c -> {
                    if (!db.characters
                            .values(o -> o.id() != userId && Names.same(o.nickname(), nick))
                            .isEmpty()) {
                        throw new NicknameTakenException(nick);
                    }
                    db.characters.put(
                            userId,
                            new UserProfile(userId, c.username(), nick, c.gender(), c.administrator(), c.progress()));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public boolean updateProgress(int userId, Progress progress) {
        return db.atomic(() -> db.characters
                .get(userId)
                .map(c -> {
                    db.characters.put(
                            userId,
                            new UserProfile(
                                    userId, c.username(), c.nickname(), c.gender(), c.administrator(), progress));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public List<UserProfile> topByLevel(int limit) {
        return db.atomic(() -> db.characters.values(c -> true).stream()
                .sorted(Comparator.comparingInt((UserProfile c) -> c.progress().level())
                        .reversed()
                        .thenComparing(Comparator.comparingInt(
                                        (UserProfile c) -> c.progress().experience())
                                .reversed())
                        .thenComparingInt(UserProfile::id))
                .limit(Math.max(0, limit))
                .toList());
    }
}

package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.CharacterRepository;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.NicknameTakenException;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.server.storage.jdbi.Daos.CharacterDao;
import java.util.List;
import java.util.Optional;

final class JdbiCharacters implements CharacterRepository {

    private final JdbiStorage db;

    JdbiCharacters(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public UserProfile create(String username, Gender gender, boolean administrator) {
        final String name = username.strip();
        return db.write(h -> {
            final CharacterDao dao = h.attach(CharacterDao.class);
            final String key = db.dialect.nameKey(name);
            if (dao.countByUsernameKey(key) > 0 || !dao.findByNicknameKey(key).isEmpty()) {
                throw new UsernameTakenException(name);
            }
            final int id;
            if (db.dialect.identityRollsBack()) {
                id = dao.insert(name, gender.storedAsMale(), administrator ? 1 : 0);
            } else {
                // Keeps user ids dense after a rolled-back registration, as SQLite does.
                id = dao.nextId();
                dao.insertWithId(id, name, gender.storedAsMale(), administrator ? 1 : 0);
                db.dialect.syncIdentity(h, "t_o2jam_charinfo", "USER_INDEX_ID");
            }
            return JdbiStorage.single(dao.find(id), "character").orElseThrow();
        });
    }

    @Override
    public Optional<UserProfile> find(int userId) {
        return db.read(h -> JdbiStorage.single(h.attach(CharacterDao.class).find(userId), "character"));
    }

    @Override
    public Optional<UserProfile> findByUsername(String username) {
        return db.read(
                h -> JdbiStorage.single(h.attach(CharacterDao.class).findByUsername(username.strip()), "character"));
    }

    @Override
    public Optional<UserProfile> findByNickname(String nickname) {
        return db.read(h -> h.attach(CharacterDao.class).findByNicknameKey(db.dialect.nameKey(nickname)).stream()
                .findFirst());
    }

    @Override
    public boolean isNicknameTaken(String nickname) {
        return findByNickname(nickname).isPresent();
    }

    @Override
    public boolean changeNickname(int userId, String nickname) {
        final String nick = nickname.strip();
        return db.write(h -> {
            final CharacterDao dao = h.attach(CharacterDao.class);
            if (dao.findByNicknameKey(db.dialect.nameKey(nick)).stream().anyMatch(c -> c.id() != userId)) {
                throw new NicknameTakenException(nick);
            }
            return dao.updateNickname(userId, nick) > 0;
        });
    }

    @Override
    public boolean updateProgress(int userId, Progress p) {
        return db.write(h -> h.attach(CharacterDao.class)
                        .updateProgress(userId, p.level(), p.experience(), p.battle(), p.win(), p.lose(), p.draw())
                > 0);
    }

    @Override
    public List<UserProfile> topByLevel(int limit) {
        return db.read(h -> h.attach(CharacterDao.class).topByLevel(Math.max(0, limit)));
    }
}

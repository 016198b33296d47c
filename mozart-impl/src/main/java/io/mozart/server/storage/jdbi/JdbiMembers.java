package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.Member;
import io.mozart.api.storage.MemberRepository;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.server.storage.jdbi.Daos.MemberDao;
import java.time.Instant;
import java.util.Optional;

final class JdbiMembers implements MemberRepository {

    private final JdbiStorage db;

    JdbiMembers(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public Optional<Member> findByUsername(String username) {
        return db.read(
                h -> JdbiStorage.single(h.attach(MemberDao.class).findByUsername(username), "member " + username));
    }

    @Override
    public boolean isTaken(String username) {
        return db.read(h -> h.attach(MemberDao.class).countByKey(db.dialect.nameKey(username)) > 0);
    }

    @Override
    public Member create(String username, byte[] password) {
        return db.write(h -> {
            final MemberDao dao = h.attach(MemberDao.class);
            if (dao.countByKey(db.dialect.nameKey(username)) > 0) {
                throw new UsernameTakenException(username);
            }
            dao.insert(username, password, SqlDateTime.MIN_INSTANT);
            return JdbiStorage.single(dao.findByUsername(username), "member").orElseThrow();
        });
    }

    @Override
    public boolean changePassword(String username, byte[] password) {
        return db.write(h -> h.attach(MemberDao.class).updatePassword(username, password) > 0);
    }

    @Override
    public boolean setPasses(String username, Passes passes) {
        return db.write(h -> h.attach(MemberDao.class)
                        .updatePasses(
                                username,
                                passes.vip(),
                                passes.expiry() == null ? SqlDateTime.MIN_INSTANT : passes.expiry())
                > 0);
    }

    @Override
    public Optional<Passes> setFreePass(String username, int type, Instant expiry) {
        return db.write(h -> findByUsername(username).map(m -> {
            final Passes p = m.passes().withFreePass(type, expiry == null ? null : db.dialect.storable(expiry));
            setPasses(username, p);
            return p;
        }));
    }
}

package io.mozart.server.storage.memory;

import io.mozart.api.storage.Member;
import io.mozart.api.storage.MemberRepository;
import io.mozart.api.storage.Names;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.UsernameTakenException;
import java.time.Instant;
import java.util.Optional;

final class MemoryMembers implements MemberRepository {

    private final MemoryStorage db;

    MemoryMembers(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public Optional<Member> findByUsername(String username) {
        return db.atomic(() -> db.members.get(username));
    }

    @Override
    public boolean isTaken(String username) {
        return db.atomic(() ->
                !db.members.values(m -> Names.same(m.username(), username)).isEmpty());
    }

    @Override
    public Member create(String username, byte[] password) {
        return db.atomic(() -> {
            if (isTaken(username)) {
                throw new UsernameTakenException(username);
            }
            final Member m = new Member(db.memberIds.next(), username, password, db.dbNow(), Passes.NONE);
            db.members.put(username, m);
            return m;
        });
    }

    @Override
    public boolean changePassword(String username, byte[] password) {
        return db.atomic(() -> db.members
                .get(username)
                .map(m -> {
                    db.members.put(username, new Member(m.id(), username, password, m.registeredAt(), m.passes()));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public boolean setPasses(String username, Passes passes) {
        return db.atomic(() -> db.members
                .get(username)
                .map(m -> {
                    db.members.put(username, new Member(m.id(), username, m.password(), m.registeredAt(), passes));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public Optional<Passes> setFreePass(String username, int type, Instant expiry) {
        return db.atomic(() -> db.members.get(username).map(m -> {
            final Passes p = m.passes().withFreePass(type, expiry);
            setPasses(username, p);
            return p;
        }));
    }
}

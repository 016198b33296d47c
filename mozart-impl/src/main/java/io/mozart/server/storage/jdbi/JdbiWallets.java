package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.Wallet;
import io.mozart.api.storage.WalletRepository;
import io.mozart.server.storage.jdbi.Daos.WalletDao;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

final class JdbiWallets implements WalletRepository {

    private final JdbiStorage db;

    JdbiWallets(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public void create(int userId) {
        db.write(h -> {
            h.attach(WalletDao.class).insert(userId);
            return null;
        });
    }

    @Override
    public Optional<Wallet> find(int userId) {
        return db.read(h -> JdbiStorage.single(h.attach(WalletDao.class).find(userId), "wallet"));
    }

    @Override
    public Optional<Wallet> adjust(int userId, Wallet delta) {
        return db.write(h -> {
            final WalletDao dao = h.attach(WalletDao.class);
            return JdbiStorage.single(dao.find(userId), "wallet").map(w -> {
                final Wallet next = w.adjustedBy(delta, userId);
                set(h, userId, next);
                return next;
            });
        });
    }

    @Override
    public boolean set(int userId, Wallet wallet) {
        return db.write(h -> set(h, userId, wallet));
    }

    private boolean set(Handle h, int userId, Wallet w) {
        return h.attach(WalletDao.class)
                        .update(userId, w.gem(), w.point(), w.o2Cash(), w.musicCash(), w.itemCash(), w.cashPoint())
                > 0;
    }
}

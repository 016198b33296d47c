package io.mozart.server.storage.memory;

import io.mozart.api.storage.StorageException;
import io.mozart.api.storage.Wallet;
import io.mozart.api.storage.WalletRepository;
import java.util.Optional;

final class MemoryWallets implements WalletRepository {

    private final MemoryStorage db;

    MemoryWallets(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public void create(int userId) {
        db.atomic(() -> {
            db.requireCharacter(userId);
            if (db.wallets.containsKey(userId)) {
                throw new StorageException("UNIQUE constraint failed: t_o2jam_charcash " + userId);
            }
            db.wallets.put(userId, Wallet.EMPTY);
            return null;
        });
    }

    @Override
    public Optional<Wallet> find(int userId) {
        return db.atomic(() -> db.wallets.get(userId));
    }

    @Override
    public Optional<Wallet> adjust(int userId, Wallet delta) {
        return db.atomic(() -> db.wallets.get(userId).map(w -> {
            final Wallet next = w.adjustedBy(delta, userId);
            db.wallets.put(userId, next);
            return next;
        }));
    }

    @Override
    public boolean set(int userId, Wallet wallet) {
        return db.atomic(() -> db.wallets
                .get(userId)
                .map(w -> {
                    db.wallets.put(userId, wallet);
                    return true;
                })
                .orElse(false));
    }
}

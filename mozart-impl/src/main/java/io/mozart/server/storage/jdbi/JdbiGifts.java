package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.GiftRepository;
import io.mozart.server.storage.jdbi.Daos.GiftDao;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbiGifts implements GiftRepository {

    private final JdbiStorage db;

    JdbiGifts(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public GiftItem giveItem(int userId, int itemId, int senderId, String senderNickname) {
        final Instant now = db.now();
        return db.write(h -> {
            final int id = h.attach(GiftDao.class).insertItem(userId, itemId, senderId, senderNickname, now);
            return new GiftItem(id, userId, itemId, senderId, senderNickname, now);
        });
    }

    @Override
    public GiftMusic giveMusic(int userId, int musicId, int senderId, String senderNickname) {
        final Instant now = db.now();
        return db.write(h -> {
            final int id = h.attach(GiftDao.class).insertMusic(userId, musicId, senderId, senderNickname, now);
            return new GiftMusic(id, userId, musicId, senderId, senderNickname, now);
        });
    }

    @Override
    public List<GiftItem> itemGifts(int userId) {
        return db.read(h -> h.attach(GiftDao.class).items(userId));
    }

    @Override
    public List<GiftMusic> musicGifts(int userId) {
        return db.read(h -> h.attach(GiftDao.class).music(userId));
    }

    @Override
    public Optional<GiftItem> takeItemGift(int userId, int giftId) {
        return db.write(h -> {
            final GiftDao dao = h.attach(GiftDao.class);
            final Optional<GiftItem> gift =
                    dao.items(userId).stream().filter(g -> g.id() == giftId).findFirst();
            gift.ifPresent(g -> dao.deleteItem(userId, giftId));
            return gift;
        });
    }

    @Override
    public Optional<GiftMusic> takeMusicGift(int userId, int giftId) {
        return db.write(h -> {
            final GiftDao dao = h.attach(GiftDao.class);
            final Optional<GiftMusic> gift =
                    dao.music(userId).stream().filter(g -> g.id() == giftId).findFirst();
            gift.ifPresent(g -> dao.deleteMusic(userId, giftId));
            return gift;
        });
    }

    @Override
    public GiftMessage sendMessage(GiftMessage m) {
        final Instant now = db.now();
        return db.write(h -> {
            final int id = h.attach(GiftDao.class)
                    .insertMessage(
                            m.senderUsername(),
                            m.senderId(),
                            m.senderNickname(),
                            m.receiverUsername(),
                            m.receiverId(),
                            m.receiverNickname(),
                            m.title(),
                            m.content(),
                            now,
                            String.valueOf(m.type().flag()));
            return new GiftMessage(
                    id,
                    m.senderUsername(),
                    m.senderId(),
                    m.senderNickname(),
                    m.receiverUsername(),
                    m.receiverId(),
                    m.receiverNickname(),
                    m.title(),
                    m.content(),
                    m.type(),
                    now);
        });
    }

    @Override
    public List<GiftMessage> unreadMessages(int userId) {
        return db.read(h -> h.attach(GiftDao.class).unread(userId));
    }

    @Override
    public boolean markRead(int userId, int messageId) {
        return db.write(h -> h.attach(GiftDao.class).markRead(userId, messageId, db.now()) > 0);
    }
}

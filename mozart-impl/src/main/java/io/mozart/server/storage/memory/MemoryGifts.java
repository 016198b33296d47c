package io.mozart.server.storage.memory;

import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.GiftRepository;
import java.util.List;
import java.util.Optional;

final class MemoryGifts implements GiftRepository {

    private final MemoryStorage db;

    MemoryGifts(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public GiftItem giveItem(final int userId, final int itemId, final int senderId, final String senderNickname) {
        return db.atomic(() -> {
            db.requireCharacter(userId);
            final GiftItem g = new GiftItem((int) db.giftItemIds.next(), userId, itemId, senderId, senderNickname,
                    db.now());
            db.giftItems.put(g.id(), g);
            return g;
        });
    }

    @Override
    public GiftMusic giveMusic(final int userId, final int musicId, final int senderId,
                               final String senderNickname) {
        return db.atomic(() -> {
            db.requireCharacter(userId);
            final GiftMusic g = new GiftMusic((int) db.giftMusicIds.next(), userId, musicId, senderId,
                    senderNickname, db.now());
            db.giftMusic.put(g.id(), g);
            return g;
        });
    }

    @Override
    public List<GiftItem> itemGifts(final int userId) {
        return db.atomic(() -> db.giftItems.values(g -> g.userId() == userId));
    }

    @Override
    public List<GiftMusic> musicGifts(final int userId) {
        return db.atomic(() -> db.giftMusic.values(g -> g.userId() == userId));
    }

    @Override
    public Optional<GiftItem> takeItemGift(final int userId, final int giftId) {
        return db.atomic(() -> db.giftItems.get(giftId).filter(g -> g.userId() == userId)
                .flatMap(g -> db.giftItems.remove(giftId)));
    }

    @Override
    public Optional<GiftMusic> takeMusicGift(final int userId, final int giftId) {
        return db.atomic(() -> db.giftMusic.get(giftId).filter(g -> g.userId() == userId)
                .flatMap(g -> db.giftMusic.remove(giftId)));
    }

    @Override
    public GiftMessage sendMessage(final GiftMessage m) {
        return db.atomic(() -> {
            db.requireCharacter(m.receiverId());
            final GiftMessage stored = new GiftMessage((int) db.messageIds.next(), m.senderUsername(),
                    m.senderId(), m.senderNickname(), m.receiverUsername(), m.receiverId(),
                    m.receiverNickname(), m.title(), m.content(), m.type(), db.now());
            db.messages.put(stored.id(), new MemoryStorage.MessageRow(stored, false, null));
            return stored;
        });
    }

    @Override
    public List<GiftMessage> unreadMessages(final int userId) {
        return db.atomic(() -> db.messages.values(r -> !r.read() && r.message().receiverId() == userId)
                .stream().map(MemoryStorage.MessageRow::message).toList());
    }

    @Override
    public boolean markRead(final int userId, final int messageId) {
        return db.atomic(() -> db.messages.get(messageId)
                .filter(r -> !r.read() && r.message().receiverId() == userId)
                .map(r -> {
                    db.messages.put(messageId, new MemoryStorage.MessageRow(r.message(), true, db.now()));
                    return true;
                }).orElse(false));
    }
}

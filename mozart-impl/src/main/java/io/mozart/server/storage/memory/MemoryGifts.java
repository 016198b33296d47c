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
    public GiftItem giveItem(int userId, int itemId, int senderId, String senderNickname) {
        return db.atomic(() -> {
            db.requireCharacter(userId);
            final GiftItem g =
                    new GiftItem((int) db.giftItemIds.next(), userId, itemId, senderId, senderNickname, db.now());
            db.giftItems.put(g.id(), g);
            return g;
        });
    }

    @Override
    public GiftMusic giveMusic(int userId, int musicId, int senderId, String senderNickname) {
        return db.atomic(() -> {
            db.requireCharacter(userId);
            final GiftMusic g =
                    new GiftMusic((int) db.giftMusicIds.next(), userId, musicId, senderId, senderNickname, db.now());
            db.giftMusic.put(g.id(), g);
            return g;
        });
    }

    @Override
    public List<GiftItem> itemGifts(int userId) {
        return db.atomic(() -> db.giftItems.values(g -> g.userId() == userId));
    }

    @Override
    public List<GiftMusic> musicGifts(int userId) {
        return db.atomic(() -> db.giftMusic.values(g -> g.userId() == userId));
    }

    @Override
    public Optional<GiftItem> takeItemGift(int userId, int giftId) {
        return db.atomic(() ->
                db.giftItems.get(giftId).filter(g -> g.userId() == userId).flatMap(g -> db.giftItems.remove(giftId)));
    }

    @Override
    public Optional<GiftMusic> takeMusicGift(int userId, int giftId) {
        return db.atomic(() ->
                db.giftMusic.get(giftId).filter(g -> g.userId() == userId).flatMap(g -> db.giftMusic.remove(giftId)));
    }

    @Override
    public GiftMessage sendMessage(GiftMessage m) {
        return db.atomic(() -> {
            db.requireCharacter(m.receiverId());
            final GiftMessage stored = new GiftMessage(
                    (int) db.messageIds.next(),
                    m.senderUsername(),
                    m.senderId(),
                    m.senderNickname(),
                    m.receiverUsername(),
                    m.receiverId(),
                    m.receiverNickname(),
                    m.title(),
                    m.content(),
                    m.type(),
                    db.now());
            db.messages.put(stored.id(), new MemoryStorage.MessageRow(stored, false, null));
            return stored;
        });
    }

    @Override
    public List<GiftMessage> unreadMessages(int userId) {
        return db.atomic(() -> db.messages.values(r -> !r.read() && r.message().receiverId() == userId).stream()
                .map(MemoryStorage.MessageRow::message)
                .toList());
    }

    @Override
    public boolean markRead(int userId, int messageId) {
        return db.atomic(() -> db.messages
                .get(messageId)
                .filter(r -> !r.read() && r.message().receiverId() == userId)
                .map(r -> {
                    db.messages.put(messageId, new MemoryStorage.MessageRow(r.message(), true, db.now()));
                    return true;
                })
                .orElse(false));
    }
}

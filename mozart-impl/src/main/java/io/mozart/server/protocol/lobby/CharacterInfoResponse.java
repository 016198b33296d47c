package io.mozart.server.protocol.lobby;

import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.server.protocol.common.EquipBlock;

import java.util.List;

/**
 * CharacterInfo, S→C response 0x07D1 (spec 02 §4).
 *
 * @param invalid            {@code bool32}, always false
 * @param nickname           nickname
 * @param gender             Gender {@code u8} (0 Female, 1 Male, 2 Any)
 * @param gem                in-game currency
 * @param point              distributor premium currency ("MCash")
 * @param o2Cash             global premium currency
 * @param level              level
 * @param win                wins
 * @param lose               losses
 * @param draw               draws
 * @param experience         experience
 * @param battles            win + lose + draw (the stored battle counter is not used)
 * @param isAdministrator    administrator flag
 * @param equipment          equipped items
 * @param inventory          one item id per bag slot, empty slots included (0); count = bag capacity
 * @param unreadGiftMessages number of unread gift messages
 * @param itemGiftBox        pending item gifts ({@code i16} count)
 * @param musicGiftBox       pending music gifts ({@code i16} count)
 * @param musicCash          music cash
 * @param itemCash           item cash
 * @param cashPoint          cash points
 * @param attributiveItems   one entry per bag slot whose stack count is &gt; 0, in slot order
 * @param penaltyCount       penalty count
 * @param penaltyLevel       penalty level
 */
public record CharacterInfoResponse(boolean invalid, String nickname, int gender, int gem, int point, int o2Cash,
                                    int level, int win, int lose, int draw, int experience, int battles,
                                    boolean isAdministrator, EquipBlock equipment, List<Integer> inventory,
                                    int unreadGiftMessages, List<GiftItemEntry> itemGiftBox,
                                    List<GiftMusicEntry> musicGiftBox, int musicCash, int itemCash, int cashPoint,
                                    List<AttributiveItemEntry> attributiveItems,
                                    short penaltyCount, short penaltyLevel) {

    /** Wire codec. */
    public static final Codec<CharacterInfoResponse> CODEC = StructCodec.of(
            Field.of("invalid", Codecs.BOOL32, CharacterInfoResponse::invalid),
            Field.of("nickname", Codecs.cstr(), CharacterInfoResponse::nickname),
            Field.of("gender", Codecs.U8, CharacterInfoResponse::gender),
            Field.of("gem", Codecs.I32, CharacterInfoResponse::gem),
            Field.of("point", Codecs.I32, CharacterInfoResponse::point),
            Field.of("o2Cash", Codecs.I32, CharacterInfoResponse::o2Cash),
            Field.of("level", Codecs.I32, CharacterInfoResponse::level),
            Field.of("win", Codecs.I32, CharacterInfoResponse::win),
            Field.of("lose", Codecs.I32, CharacterInfoResponse::lose),
            Field.of("draw", Codecs.I32, CharacterInfoResponse::draw),
            Field.of("experience", Codecs.I32, CharacterInfoResponse::experience),
            Field.of("battles", Codecs.I32, CharacterInfoResponse::battles),
            Field.of("isAdministrator", Codecs.BOOL8, CharacterInfoResponse::isAdministrator),
            Field.of("equipment", EquipBlock.CODEC, CharacterInfoResponse::equipment),
            Field.of("inventory", Codecs.listI32(Codecs.I32), CharacterInfoResponse::inventory),
            Field.of("unreadGiftMessages", Codecs.I32, CharacterInfoResponse::unreadGiftMessages),
            Field.of("itemGiftBox", Codecs.listI16(GiftItemEntry.CODEC), CharacterInfoResponse::itemGiftBox),
            Field.of("musicGiftBox", Codecs.listI16(GiftMusicEntry.CODEC), CharacterInfoResponse::musicGiftBox),
            Field.of("musicCash", Codecs.I32, CharacterInfoResponse::musicCash),
            Field.of("itemCash", Codecs.I32, CharacterInfoResponse::itemCash),
            Field.of("cashPoint", Codecs.I32, CharacterInfoResponse::cashPoint),
            Field.of("attributiveItems", Codecs.listI32(AttributiveItemEntry.CODEC),
                    CharacterInfoResponse::attributiveItems),
            Field.of("penaltyCount", Codecs.I16, CharacterInfoResponse::penaltyCount),
            Field.of("penaltyLevel", Codecs.I16, CharacterInfoResponse::penaltyLevel),
            CharacterInfoResponse::new);

    /**
     * Validates and copies.
     */
    public CharacterInfoResponse {
        Check.notNull("nickname", nickname);
        Check.u8("gender", gender);
        Check.notNull("equipment", equipment);
        inventory = List.copyOf(inventory);
        itemGiftBox = List.copyOf(itemGiftBox);
        musicGiftBox = List.copyOf(musicGiftBox);
        attributiveItems = List.copyOf(attributiveItems);
    }

}

package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * JDBI SQL objects, one per table. Identifiers are quoted because the reference's names are mixed
 * case; the SQL is portable: what differs between databases comes from the {@link Dialect}, as the
 * {@code <asciiCollation>} template attribute (defined on the {@code Jdbi}) and as the encoding of
 * {@code Instant} parameters (an argument factory). Row mappers are registered on the {@code Jdbi}
 * by {@link RowMappers}. The 197-column {@code t_o2jam_item} row is handled by
 * {@link InventorySql} instead, whose column lists are generated.
 */
final class Daos {

    /** Every SQL object here, for {@link JdbiStorage} to build their JDBI metadata once at start. */
    static final List<Class<?>> ALL = List.of(
            MemberDao.class,
            LoginDao.class,
            CharacterDao.class,
            WalletDao.class,
            AttributeDao.class,
            PenaltyDao.class,
            MusicDao.class,
            GiftDao.class,
            ScoreDao.class,
            RankingDao.class);

    private Daos() {}

    /** {@code member}. */
    public interface MemberDao {
        String FIND_BY_USERNAME =
                "SELECT \"id\", \"userid\", \"passwd\", \"registdate\", \"vip\", \"vipdate\" FROM \"member\""
                        + " WHERE \"userid\" = :u";

        @SqlQuery(FIND_BY_USERNAME)
        List<Member> findByUsername(@Bind("u") String username);

        @SqlQuery("SELECT COUNT(*) FROM \"member\" WHERE lower(\"userid\"<asciiCollation>) = :key")
        int countByKey(@Bind("key") String key);

        @SqlUpdate("INSERT INTO \"member\" (\"userid\", \"passwd\", \"vipdate\") VALUES (:u, :p, :vipdate)")
        void insert(@Bind("u") String username, @Bind("p") byte[] password, @Bind("vipdate") Instant vipDate);

        @SqlUpdate("UPDATE \"member\" SET \"passwd\" = :p WHERE \"userid\" = :u")
        int updatePassword(@Bind("u") String username, @Bind("p") byte[] password);

        @SqlUpdate("UPDATE \"member\" SET \"vip\" = :vip, \"vipdate\" = :vipdate WHERE \"userid\" = :u")
        int updatePasses(@Bind("u") String username, @Bind("vip") int vip, @Bind("vipdate") Instant vipDate);
    }

    /** {@code t_o2jam_login}. */
    public interface LoginDao {
        String COLUMNS = "\"USER_INDEX_ID\", \"GATEWAY_ID\", \"MAIN_CH\", \"SUB_CH\", \"USER_ID\", \"TUSER_ID\","
                + " \"ADDR_IP\", \"LOGIN_TIME\"";

        String FIND_BY_TOKEN = "SELECT " + COLUMNS + " FROM \"t_o2jam_login\" WHERE \"TUSER_ID\" = :t";

        @SqlQuery(FIND_BY_TOKEN)
        List<LoginSession> findByToken(@Bind("t") String token);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_login\" WHERE \"USER_ID\" = :u")
        List<LoginSession> findByUsername(@Bind("u") String username);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_login\" WHERE \"USER_INDEX_ID\" = :id")
        List<LoginSession> findByUserId(@Bind("id") int userId);

        @SqlUpdate("INSERT INTO \"t_o2jam_login\" (" + COLUMNS + ") VALUES (:id, :gw, :main, :sub, :u, :t, :ip, :time)")
        void insert(
                @Bind("id") int userId,
                @Bind("gw") String gatewayId,
                @Bind("main") int main,
                @Bind("sub") int sub,
                @Bind("u") String username,
                @Bind("t") String token,
                @Bind("ip") String address,
                @Bind("time") Instant loginTime);

        String UPDATE_CHANNEL =
                "UPDATE \"t_o2jam_login\" SET \"MAIN_CH\" = :main, \"SUB_CH\" = :sub WHERE \"TUSER_ID\" = :t";

        @SqlUpdate(UPDATE_CHANNEL)
        int updateChannel(@Bind("t") String token, @Bind("main") int main, @Bind("sub") int sub);

        @SqlUpdate("DELETE FROM \"t_o2jam_login\" WHERE \"TUSER_ID\" = :t")
        int deleteByToken(@Bind("t") String token);

        @SqlUpdate("DELETE FROM \"t_o2jam_login\"")
        int deleteAll();

        @SqlUpdate("DELETE FROM \"t_o2jam_login\" WHERE \"MAIN_CH\" = :main AND \"SUB_CH\" = :sub")
        int deleteByChannel(@Bind("main") int main, @Bind("sub") int sub);
    }

    /** {@code t_o2jam_charinfo}. */
    public interface CharacterDao {
        String COLUMNS = "\"USER_INDEX_ID\", \"USER_ID\", \"USER_NICKNAME\", \"Sex\", \"Level\", \"Battle\", \"Win\","
                + " \"Lose\", \"Draw\", \"Experience\", \"AdminLevel\"";

        @SqlUpdate("INSERT INTO \"t_o2jam_charinfo\" (\"USER_ID\", \"USER_NICKNAME\", \"Sex\", \"Level\", \"Battle\","
                + " \"Win\", \"Lose\", \"Draw\", \"Experience\", \"AdminLevel\")"
                + " VALUES (:u, :u, :sex, 1, 0, 0, 0, 0, 0, :admin)")
        @GetGeneratedKeys("USER_INDEX_ID")
        int insert(@Bind("u") String username, @Bind("sex") boolean male, @Bind("admin") int admin);

        /** For databases whose identity does not roll back: the next id is MAX + 1 (under the write lock). */
        @SqlQuery("SELECT COALESCE(MAX(\"USER_INDEX_ID\"), 0) + 1 FROM \"t_o2jam_charinfo\"")
        int nextId();

        /** Inserts with an explicit id (MySQL reports no generated key for one). */
        @SqlUpdate("INSERT INTO \"t_o2jam_charinfo\" (\"USER_INDEX_ID\", \"USER_ID\", \"USER_NICKNAME\", \"Sex\","
                + " \"Level\", \"Battle\", \"Win\", \"Lose\", \"Draw\", \"Experience\", \"AdminLevel\")"
                + " VALUES (:id, :u, :u, :sex, 1, 0, 0, 0, 0, 0, :admin)")
        void insertWithId(
                @Bind("id") int id, @Bind("u") String username, @Bind("sex") boolean male, @Bind("admin") int admin);

        String FIND = "SELECT " + COLUMNS + " FROM \"t_o2jam_charinfo\" WHERE \"USER_INDEX_ID\" = :id";

        @SqlQuery(FIND)
        List<UserProfile> find(@Bind("id") int userId);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_charinfo\" WHERE \"USER_ID\" = :u")
        List<UserProfile> findByUsername(@Bind("u") String username);

        @SqlQuery("SELECT COUNT(*) FROM \"t_o2jam_charinfo\" WHERE lower(\"USER_ID\"<asciiCollation>) = :key")
        int countByUsernameKey(@Bind("key") String key);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_charinfo\""
                + " WHERE lower(\"USER_NICKNAME\"<asciiCollation>) = :key"
                + " ORDER BY \"USER_INDEX_ID\"")
        List<UserProfile> findByNicknameKey(@Bind("key") String key);

        @SqlUpdate("UPDATE \"t_o2jam_charinfo\" SET \"USER_NICKNAME\" = :n WHERE \"USER_INDEX_ID\" = :id")
        int updateNickname(@Bind("id") int userId, @Bind("n") String nickname);

        @SqlUpdate("UPDATE \"t_o2jam_charinfo\" SET \"Level\" = :level, \"Experience\" = :exp, \"Battle\" = :battle,"
                + " \"Win\" = :win, \"Lose\" = :lose, \"Draw\" = :draw WHERE \"USER_INDEX_ID\" = :id")
        int updateProgress(
                @Bind("id") int userId,
                @Bind("level") int level,
                @Bind("exp") int experience,
                @Bind("battle") int battle,
                @Bind("win") int win,
                @Bind("lose") int lose,
                @Bind("draw") int draw);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_charinfo\""
                + " ORDER BY \"Level\" DESC, \"Experience\" DESC, \"USER_INDEX_ID\" LIMIT :n")
        List<UserProfile> topByLevel(@Bind("n") int limit);
    }

    /** {@code t_o2jam_charcash}. */
    public interface WalletDao {
        @SqlUpdate("INSERT INTO \"t_o2jam_charcash\" (\"USER_INDEX_ID\", \"Gem\", \"Point\", \"O2Cash\", \"MusicCash\","
                + " \"ItemCash\", \"CashPoint\") VALUES (:id, 0, 0, 0, 0, 0, 0)")
        void insert(@Bind("id") int userId);

        String FIND = "SELECT \"Gem\", \"Point\", \"O2Cash\", \"MusicCash\", \"ItemCash\", \"CashPoint\""
                + " FROM \"t_o2jam_charcash\" WHERE \"USER_INDEX_ID\" = :id";

        @SqlQuery(FIND)
        List<Wallet> find(@Bind("id") int userId);

        @SqlUpdate("UPDATE \"t_o2jam_charcash\" SET \"Gem\" = :gem, \"Point\" = :point, \"O2Cash\" = :o2,"
                + " \"MusicCash\" = :music, \"ItemCash\" = :item, \"CashPoint\" = :cp WHERE \"USER_INDEX_ID\" = :id")
        int update(
                @Bind("id") int userId,
                @Bind("gem") int gem,
                @Bind("point") int point,
                @Bind("o2") int o2Cash,
                @Bind("music") int musicCash,
                @Bind("item") int itemCash,
                @Bind("cp") int cashPoint);
    }

    /** {@code t_o2jam_char_attr_item}. */
    public interface AttributeDao {
        String COLUMNS = "\"INDEX_ID\", \"ITEM_INDEX_ID\", \"USED_COUNT\", \"OLD_USED_COUNT\", \"REG_DATE\"";

        String LIST = "SELECT " + COLUMNS + " FROM \"t_o2jam_char_attr_item\" WHERE \"USER_INDEX_ID\" = :id"
                + " ORDER BY \"INDEX_ID\"";

        @SqlQuery(LIST)
        List<AttributiveItem> list(@Bind("id") int userId);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_char_attr_item\" WHERE \"USER_INDEX_ID\" = :id"
                + " AND \"ITEM_INDEX_ID\" = :item ORDER BY \"INDEX_ID\"")
        List<AttributiveItem> find(@Bind("id") int userId, @Bind("item") int itemId);

        @SqlUpdate("INSERT INTO \"t_o2jam_char_attr_item\" (\"USER_INDEX_ID\", \"ITEM_INDEX_ID\", \"USED_COUNT\","
                + " \"OLD_USED_COUNT\", \"REG_DATE\") VALUES (:id, :item, :count, 0, :date)")
        @GetGeneratedKeys("INDEX_ID")
        int insert(
                @Bind("id") int userId, @Bind("item") int itemId, @Bind("count") int count, @Bind("date") Instant date);

        @SqlUpdate("UPDATE \"t_o2jam_char_attr_item\" SET \"OLD_USED_COUNT\" = \"USED_COUNT\", \"USED_COUNT\" = :count"
                + " WHERE \"INDEX_ID\" = :row")
        int updateCount(@Bind("row") int rowId, @Bind("count") int count);

        @SqlUpdate("DELETE FROM \"t_o2jam_char_attr_item\" WHERE \"USER_INDEX_ID\" = :id AND \"ITEM_INDEX_ID\" = :item")
        int delete(@Bind("id") int userId, @Bind("item") int itemId);
    }

    /** {@code t_o2jam_penalty}. */
    public interface PenaltyDao {
        String FIND = "SELECT \"LEVEL\", \"COUNT\" FROM \"t_o2jam_penalty\" WHERE \"USER_INDEX_ID\" = :id";

        @SqlQuery(FIND)
        List<Penalty> find(@Bind("id") int userId);

        @SqlUpdate("INSERT INTO \"t_o2jam_penalty\" (\"USER_INDEX_ID\", \"LEVEL\", \"COUNT\") VALUES (:id, :l, :c)")
        void insert(@Bind("id") int userId, @Bind("l") int level, @Bind("c") int count);

        @SqlUpdate("UPDATE \"t_o2jam_penalty\" SET \"LEVEL\" = :l, \"COUNT\" = :c WHERE \"USER_INDEX_ID\" = :id")
        int update(@Bind("id") int userId, @Bind("l") int level, @Bind("c") int count);
    }

    /** {@code t_o2jam_musiclist}. */
    public interface MusicDao {
        String LIST =
                "SELECT \"MUSIC_ID\" FROM \"t_o2jam_musiclist\" WHERE \"USER_INDEX_ID\" = :id ORDER BY \"MUSIC_ID\"";

        @SqlQuery(LIST)
        List<Integer> list(@Bind("id") int userId);

        @SqlQuery("SELECT COUNT(*) FROM \"t_o2jam_musiclist\" WHERE \"USER_INDEX_ID\" = :id AND \"MUSIC_ID\" = :m")
        int count(@Bind("id") int userId, @Bind("m") int musicId);

        @SqlUpdate("INSERT INTO \"t_o2jam_musiclist\" (\"USER_INDEX_ID\", \"MUSIC_ID\") VALUES (:id, :m)")
        void insert(@Bind("id") int userId, @Bind("m") int musicId);

        @SqlUpdate("DELETE FROM \"t_o2jam_musiclist\" WHERE \"USER_INDEX_ID\" = :id AND \"MUSIC_ID\" = :m")
        int delete(@Bind("id") int userId, @Bind("m") int musicId);
    }

    /** {@code t_o2jam_gift_item}, {@code t_o2jam_gift_music}, {@code t_o2jam_message}. */
    public interface GiftDao {
        @SqlUpdate("INSERT INTO \"t_o2jam_gift_item\" (\"User_Index_ID\", \"ItemID\", \"Sender_Index_ID\","
                + " \"SenderNickname\", \"SendDate\") VALUES (:id, :item, :sender, :nick, :date)")
        @GetGeneratedKeys("Seq")
        int insertItem(
                @Bind("id") int userId,
                @Bind("item") int itemId,
                @Bind("sender") int senderId,
                @Bind("nick") String senderNickname,
                @Bind("date") Instant date);

        @SqlUpdate("INSERT INTO \"t_o2jam_gift_music\" (\"User_Index_ID\", \"Music_ID\", \"Sender_Index_ID\","
                + " \"SenderNickname\", \"SendDate\") VALUES (:id, :music, :sender, :nick, :date)")
        @GetGeneratedKeys("Seq")
        int insertMusic(
                @Bind("id") int userId,
                @Bind("music") int musicId,
                @Bind("sender") int senderId,
                @Bind("nick") String senderNickname,
                @Bind("date") Instant date);

        String ITEMS =
                "SELECT \"Seq\", \"User_Index_ID\", \"ItemID\", \"Sender_Index_ID\", \"SenderNickname\", \"SendDate\""
                        + " FROM \"t_o2jam_gift_item\" WHERE \"User_Index_ID\" = :id ORDER BY \"Seq\"";

        @SqlQuery(ITEMS)
        List<GiftItem> items(@Bind("id") int userId);

        String MUSIC = "SELECT \"Seq\", \"User_Index_ID\", \"Music_ID\", \"Sender_Index_ID\", \"SenderNickname\","
                + " \"SendDate\" FROM \"t_o2jam_gift_music\" WHERE \"User_Index_ID\" = :id ORDER BY \"Seq\"";

        @SqlQuery(MUSIC)
        List<GiftMusic> music(@Bind("id") int userId);

        @SqlUpdate("DELETE FROM \"t_o2jam_gift_item\" WHERE \"Seq\" = :seq AND \"User_Index_ID\" = :id")
        int deleteItem(@Bind("id") int userId, @Bind("seq") int giftId);

        @SqlUpdate("DELETE FROM \"t_o2jam_gift_music\" WHERE \"Seq\" = :seq AND \"User_Index_ID\" = :id")
        int deleteMusic(@Bind("id") int userId, @Bind("seq") int giftId);

        @SqlUpdate("INSERT INTO \"t_o2jam_message\" (\"SenderID\", \"SenderIndexID\", \"SenderNickName\","
                + " \"ReceiverID\", \"ReceiverIndexID\", \"ReceiverNickName\", \"Title\", \"Content\", \"WriteDate\","
                + " \"ReadFlag\","
                + " \"TypeFlag\") VALUES (:su, :sid, :sn, :ru, :rid, :rn, :title, :content, :date, '0', :type)")
        @GetGeneratedKeys("Seq")
        int insertMessage(
                @Bind("su") String senderUsername,
                @Bind("sid") int senderId,
                @Bind("sn") String senderNickname,
                @Bind("ru") String receiverUsername,
                @Bind("rid") int receiverId,
                @Bind("rn") String receiverNickname,
                @Bind("title") String title,
                @Bind("content") String content,
                @Bind("date") Instant date,
                @Bind("type") String typeFlag);

        String UNREAD = "SELECT \"Seq\", \"SenderID\", \"SenderIndexID\", \"SenderNickName\", \"ReceiverID\","
                + " \"ReceiverIndexID\", \"ReceiverNickName\", \"Title\", \"Content\", \"TypeFlag\", \"WriteDate\""
                + " FROM \"t_o2jam_message\" WHERE \"ReceiverIndexID\" = :id AND \"ReadFlag\" <> '1' ORDER BY \"Seq\"";

        @SqlQuery(UNREAD)
        List<GiftMessage> unread(@Bind("id") int userId);

        @SqlUpdate("UPDATE \"t_o2jam_message\" SET \"ReadFlag\" = '1', \"ReadDate\" = :date"
                + " WHERE \"Seq\" = :seq AND \"ReceiverIndexID\" = :id AND \"ReadFlag\" <> '1'")
        int markRead(@Bind("id") int userId, @Bind("seq") int messageId, @Bind("date") Instant date);
    }

    /** {@code t_o2jam_user_music_ranking}. */
    public interface ScoreDao {
        String LIST = "SELECT \"MUSIC_INDEX_ID\", \"DIFFICULTY\", \"USER_SCORE\", \"FLAG\""
                + " FROM \"t_o2jam_user_music_ranking\""
                + " WHERE \"USER_INDEX_ID\" = :id ORDER BY \"MUSIC_INDEX_ID\", \"DIFFICULTY\"";

        @SqlQuery(LIST)
        List<ScoreRecord> list(@Bind("id") int userId);

        @SqlQuery("SELECT \"MUSIC_INDEX_ID\", \"DIFFICULTY\", \"USER_SCORE\", \"FLAG\""
                + " FROM \"t_o2jam_user_music_ranking\""
                + " WHERE \"USER_INDEX_ID\" = :id AND \"MUSIC_INDEX_ID\" = :m AND \"DIFFICULTY\" = :d")
        List<ScoreRecord> find(@Bind("id") int userId, @Bind("m") int musicId, @Bind("d") int difficulty);

        @SqlUpdate("UPDATE \"t_o2jam_user_music_ranking\" SET \"USER_SCORE\" = :s, \"FLAG\" = :f"
                + " WHERE \"USER_INDEX_ID\" = :id AND \"MUSIC_INDEX_ID\" = :m AND \"DIFFICULTY\" = :d")
        int update(
                @Bind("id") int userId,
                @Bind("m") int musicId,
                @Bind("d") int difficulty,
                @Bind("s") long score,
                @Bind("f") int flag);

        @SqlUpdate("INSERT INTO \"t_o2jam_user_music_ranking\" (\"USER_INDEX_ID\", \"MUSIC_INDEX_ID\", \"DIFFICULTY\","
                + " \"USER_SCORE\", \"FLAG\") VALUES (:id, :m, :d, :s, :f)")
        void insert(
                @Bind("id") int userId,
                @Bind("m") int musicId,
                @Bind("d") int difficulty,
                @Bind("s") long score,
                @Bind("f") int flag);
    }

    /** {@code t_o2jam_dumpranking}, {@code t_o2jam_user_ranking}. */
    public interface RankingDao {
        String COLUMNS = "\"User_Index_ID\", \"User_ID\", \"User_NickName\", \"Sex\", \"Level\", \"Battle\", \"Win\","
                + " \"Draw\", \"Lose\", \"Experience\", \"Ranking\", \"ChangeType\", \"ChangeRanking\", \"WriteDate\"";

        @SqlUpdate("INSERT INTO \"t_o2jam_dumpranking\" (\"User_Index_ID\") VALUES (:id)")
        void insertDump(@Bind("id") int userId);

        @SqlUpdate("INSERT INTO \"t_o2jam_dumpranking\" (\"Ranking\", \"User_Index_ID\") VALUES (:rank, :id)")
        void insertDumpAt(@Bind("rank") int rank, @Bind("id") int userId);

        @SqlUpdate("DELETE FROM \"t_o2jam_dumpranking\"")
        int deleteDump();

        @SqlQuery("SELECT \"Ranking\", \"User_Index_ID\" FROM \"t_o2jam_dumpranking\" ORDER BY \"Ranking\"")
        List<int[]> dump();

        String FIND = "SELECT " + COLUMNS + " FROM \"t_o2jam_user_ranking\" WHERE \"User_Index_ID\" = :id";

        @SqlQuery(FIND)
        List<RankingEntry> find(@Bind("id") int userId);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_user_ranking\" ORDER BY \"Ranking\", \"User_Index_ID\""
                + " LIMIT :n")
        List<RankingEntry> top(@Bind("n") int limit);

        @SqlQuery("SELECT " + COLUMNS + " FROM \"t_o2jam_user_ranking\" ORDER BY \"User_Index_ID\"")
        List<RankingEntry> all();

        @SqlUpdate("INSERT INTO \"t_o2jam_user_ranking\" (\"User_Index_ID\", \"User_ID\", \"User_NickName\", \"Sex\","
                + " \"Level\", \"Battle\", \"Win\", \"Draw\", \"Lose\", \"Experience\", \"Ranking\", \"ChangeType\","
                + " \"ChangeRanking\") VALUES (:id, :u, :n, :sex, :level, :battle, :win, :draw, :lose, :exp, :rank,"
                + " :ct, :cr)")
        void insertEntry(
                @Bind("id") int userId,
                @Bind("u") String username,
                @Bind("n") String nickname,
                @Bind("sex") boolean male,
                @Bind("level") int level,
                @Bind("battle") int battle,
                @Bind("win") int win,
                @Bind("draw") int draw,
                @Bind("lose") int lose,
                @Bind("exp") int experience,
                @Bind("rank") int ranking,
                @Bind("ct") int changeType,
                @Bind("cr") int changeRanking);

        @SqlUpdate("UPDATE \"t_o2jam_user_ranking\" SET \"User_ID\" = :u, \"User_NickName\" = :n, \"Sex\" = :sex,"
                + " \"Level\" = :level, \"Battle\" = :battle, \"Win\" = :win, \"Draw\" = :draw, \"Lose\" = :lose,"
                + " \"Experience\" = :exp, \"Ranking\" = :rank, \"ChangeType\" = :ct, \"ChangeRanking\" = :cr"
                + " WHERE \"User_Index_ID\" = :id")
        int updateEntry(
                @Bind("id") int userId,
                @Bind("u") String username,
                @Bind("n") String nickname,
                @Bind("sex") boolean male,
                @Bind("level") int level,
                @Bind("battle") int battle,
                @Bind("win") int win,
                @Bind("draw") int draw,
                @Bind("lose") int lose,
                @Bind("exp") int experience,
                @Bind("rank") int ranking,
                @Bind("ct") int changeType,
                @Bind("cr") int changeRanking);

        @SqlUpdate("DELETE FROM \"t_o2jam_user_ranking\" WHERE \"User_Index_ID\" = :id")
        int deleteEntry(@Bind("id") int userId);
    }
}

package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.Loadout;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * {@code t_o2jam_item}: 16 equipment + 180 bag columns are too wide for hand-written SQL object
 * annotations, so the column lists are generated once here (the only fluent-API DAO).
 */
final class InventorySql {

    private static final String COLUMNS;
    /** The row of one user, by {@code :id}. */
    static final String SELECT;

    private static final String INSERT;
    private static final String UPDATE;

    static {
        final StringBuilder cols = new StringBuilder();
        final StringBuilder values = new StringBuilder();
        final StringBuilder sets = new StringBuilder();
        for (int i = 1; i <= Loadout.EQUIP_SLOTS; i++) {
            cols.append("\"Equip").append(i).append("\", ");
            values.append(":e").append(i).append(", ");
            sets.append("\"Equip").append(i).append("\" = :e").append(i).append(", ");
        }
        for (int i = 1; i <= Loadout.BAG_SLOTS; i++) {
            cols.append("\"Bag").append(i).append("\", ");
            values.append(":b").append(i).append(", ");
            sets.append("\"Bag").append(i).append("\" = :b").append(i).append(", ");
        }
        cols.append("\"BAG_EXT_COUNT\"");
        values.append(":ext");
        sets.append("\"BAG_EXT_COUNT\" = :ext");
        COLUMNS = cols.toString();
        SELECT = "SELECT " + COLUMNS + " FROM \"t_o2jam_item\" WHERE \"USER_INDEX_ID\" = :id";
        INSERT = "INSERT INTO \"t_o2jam_item\" (\"USER_INDEX_ID\", " + COLUMNS + ") VALUES (:id, " + values + ")";
        UPDATE = "UPDATE \"t_o2jam_item\" SET " + sets + " WHERE \"USER_INDEX_ID\" = :id";
    }

    private InventorySql() {}

    static Optional<Loadout> find(Handle h, int userId) {
        final List<Loadout> rows = h.createQuery(SELECT)
                .bind("id", userId)
                .map((rs, ctx) -> loadout(rs))
                .list();
        return rows.stream().findFirst();
    }

    /** @return the loadout of a row of {@link #SELECT} */
    static Loadout loadout(ResultSet rs) throws SQLException {
        final short[] equip = new short[Loadout.EQUIP_SLOTS];
        final short[] bag = new short[Loadout.BAG_SLOTS];
        for (int i = 0; i < equip.length; i++) {
            equip[i] = rs.getShort(1 + i);
        }
        for (int i = 0; i < bag.length; i++) {
            bag[i] = rs.getShort(1 + equip.length + i);
        }
        return new Loadout(equip, bag, rs.getInt(1 + equip.length + bag.length));
    }

    static void insert(Handle h, int userId, Loadout loadout) {
        bind(h.createUpdate(INSERT), userId, loadout).execute();
    }

    static int update(Handle h, int userId, Loadout loadout) {
        return bind(h.createUpdate(UPDATE), userId, loadout).execute();
    }

    static int updateColumn(Handle h, int userId, String column, int value) {
        return h.createUpdate("UPDATE \"t_o2jam_item\" SET \"" + column + "\" = :v WHERE \"USER_INDEX_ID\" = :id")
                .bind("v", value)
                .bind("id", userId)
                .execute();
    }

    private static Update bind(Update u, int userId, Loadout l) {
        u.bind("id", userId);
        final short[] equip = l.equipment();
        final short[] bag = l.bag();
        for (int i = 0; i < equip.length; i++) {
            u.bind("e" + (i + 1), equip[i]);
        }
        for (int i = 0; i < bag.length; i++) {
            u.bind("b" + (i + 1), bag[i]);
        }
        return u.bind("ext", l.bagExtensions());
    }
}

package io.mozart.launcher.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemKind;
import io.mozart.api.metadata.ItemPart;
import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.Loadout;
import io.mozart.launcher.Cli;
import io.mozart.server.metadata.ItemDataFile;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** user:equip and user:stash against a synthetic Itemdata.dat and a real SQLite file. */
class ItemCommandsTest {

    private static final int MALE_FACE = 35;
    private static final int OTHER_FACE = 37;
    private static final int STACK = 500;
    private static final int SINGLE = 600;

    @TempDir
    Path root;

    private Cli cli;
    private int aliceId;

    private static Item item(int id, int kind, int part, int quantity) {
        return new Item(id, kind, 0, Item.ANY, false, quantity, 0, 0, 1, 10, 0, part, "item " + id, "");
    }

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(root);
        ItemDataFile.of(List.of(
                        item(MALE_FACE, ItemKind.FACE.code(), ItemPart.FACE.code(), 0),
                        item(OTHER_FACE, ItemKind.FACE.code(), ItemPart.FACE.code(), 0),
                        item(STACK, ItemKind.ATTRIBUTIVE_ITEM.code(), ItemPart.ATTRIBUTIVE_ITEM.code(), 5),
                        item(SINGLE, ItemKind.ATTRIBUTIVE_ITEM.code(), ItemPart.ATTRIBUTIVE_ITEM.code(), 1)))
                .write(cli.work().resolve("Itemdata.dat"));
        assertEquals(0, cli.run("user:register", "alice", "secret").code());
        aliceId = inDatabase(
                s -> s.characters().findByUsername("alice").orElseThrow().id());
    }

    private <T> T inDatabase(Function<JdbiStorage, T> read) {
        try (JdbiStorage storage = JdbiStorage.sqlite(cli.database())) {
            return read.apply(storage);
        }
    }

    private Loadout loadout() {
        return inDatabase(s -> s.inventories().find(aliceId).orElseThrow());
    }

    private void fillBag() {
        inDatabase(s -> {
            Loadout l = s.inventories().find(aliceId).orElseThrow();
            for (int i = 0; i < l.capacity(); i++) {
                l = l.withBagSlot(i, SINGLE);
            }
            return s.inventories().set(aliceId, l);
        });
    }

    private void expect(int code, String line, String... args) {
        final Cli.Result r = cli.run(args);
        assertEquals(code, r.code(), r::toString);
        assertEquals(List.of(line), r.lines(), r::toString);
    }

    @Test
    void equipMovesTheReplacedItemToTheFirstEmptyBagSlot() {
        expect(0, "Item 37 has been equipped by 'alice'.", "user:equip", "alice", "37");
        assertEquals(OTHER_FACE, loadout().equipped(Loadout.FACE));
        assertEquals(MALE_FACE, loadout().bagSlot(0));
        expect(0, "Item 37 is already equipped by 'alice'.", "user:equip", "alice", "37");
        assertEquals(0, loadout().bagSlot(1), "nothing moved the second time");
    }

    @Test
    void equipRefusesWhatCannotBeEquipped() {
        expect(1, "Item 500 cannot be equipped.", "user:equip", "alice", "500");
        expect(1, "Item 999 was not found in ItemData.", "user:equip", "alice", "999");
        expect(1, "Item 0 was not found in ItemData.", "user:equip", "alice", "0");
        expect(1, "Item 40000 was not found in ItemData.", "user:equip", "alice", "40000");
        expect(1, "User 'bob' was not found.", "user:equip", "bob", "37");
        fillBag();
        expect(1, "Unable to equip item 37: 'alice' has no empty bag slot.", "user:equip", "alice", "37");
        assertEquals(MALE_FACE, loadout().equipped(Loadout.FACE), "nothing changed");
    }

    @Test
    void equipWithoutItemDataNamesTheProblem() throws Exception {
        Files.delete(cli.work().resolve("Itemdata.dat"));
        expect(1, "Unable to load ItemData: ItemData metadata file is not found", "user:equip", "alice", "37");
        Files.write(cli.work().resolve("broken.dat"), new byte[] {9, 0, 0, 0, 1});
        final Cli.Result r = cli.run("user:stash", "alice", "37", "--Metadata:ItemData=broken.dat");
        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.lines().size(), r::toString);
        assertEquals(true, r.out().startsWith("Unable to load ItemData: "), r::toString);
    }

    @Test
    void stashReusesTheSlotOfTheSameItemAndWritesItsQuantity() {
        expect(0, "Item 500 has been added to 'alice's bag.", "user:stash", "alice", "500");
        expect(0, "Item 37 has been added to 'alice's bag.", "user:stash", "alice", "37");
        expect(0, "Item 500 has been added to 'alice's bag.", "user:stash", "alice", "500");
        assertEquals(STACK, loadout().bagSlot(0));
        assertEquals(OTHER_FACE, loadout().bagSlot(1));
        assertEquals(0, loadout().bagSlot(2));
        final List<AttributiveItem> counts =
                inDatabase(s -> s.attributiveItems().list(aliceId));
        assertEquals(1, counts.size(), counts::toString);
        assertEquals(STACK, counts.get(0).itemId());
        assertEquals(5, counts.get(0).count(), "overwritten with the quantity, not added");
    }

    @Test
    void stashRefusesAFullBagAndUnknownItemsOrUsers() {
        expect(1, "Item 1 was not found in ItemData.", "user:stash", "alice", "1");
        expect(1, "User 'bob' was not found.", "user:stash", "bob", "500");
        fillBag();
        expect(1, "Unable to stash item 500: 'alice' has no empty bag slot.", "user:stash", "alice", "500");
        expect(0, "Item 600 has been added to 'alice's bag.", "user:stash", "alice", "600");
    }
}

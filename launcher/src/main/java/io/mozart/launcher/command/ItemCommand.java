package io.mozart.launcher.command;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.server.metadata.MetadataFormatException;
import io.mozart.server.metadata.MetadataLoader;
import io.mozart.server.myroom.rules.BagRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/**
 * Steps 1–3 shared by {@code user:equip} and {@code user:stash} (spec 06 §5): load the global
 * {@code Metadata:ItemData} (Nx layout; channel overrides are not consulted), find the item, find the user.
 * Then the command's own step runs in one transaction.
 */
abstract class ItemCommand extends AdminCommand {

    /** Highest item id (the game stores ids as signed 16-bit values). */
    static final int MAX_ITEM_ID = 32767;

    @Parameters(index = "0", paramLabel = "<username>", description = "The user.")
    protected String username;

    @Parameters(index = "1", paramLabel = "<item-id>", description = "The item id in Itemdata.dat.")
    protected int itemId;

    ItemCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public final Integer call() {
        final Path file = env.config().metadata().itemData();
        final ItemCatalogue catalogue;
        try {
            if (!Files.isRegularFile(file)) {
                println("Unable to load ItemData: ItemData metadata file is not found");
                return FAILED;
            }
            catalogue = MetadataLoader.items(file);
        } catch (IOException | MetadataFormatException e) {
            println("Unable to load ItemData: " + e.getMessage());
            return FAILED;
        }
        final Optional<Item> item = itemId <= 0 || itemId > MAX_ITEM_ID ? Optional.empty() : catalogue.find(itemId);
        if (item.isEmpty()) {
            println("Item " + itemId + " was not found in ItemData.");
            return FAILED;
        }
        return env.storage().inTransaction(s -> {
            final Optional<UserProfile> user = s.characters().findByUsername(username);
            final Optional<Loadout> loadout = user.flatMap(u -> s.inventories().find(u.id()));
            if (loadout.isEmpty()) {
                println("User '" + username + "' was not found.");
                return FAILED;
            }
            return apply(s, user.get(), loadout.get(), item.get(), catalogue);
        });
    }

    /**
     * The command's own step, inside the transaction.
     *
     * @param storage   the transaction's storage
     * @param user      the user
     * @param loadout   the user's equipment and bag
     * @param item      the item
     * @param catalogue the whole item catalogue (quantities of other items)
     * @return the exit code
     */
    abstract int apply(Storage storage, UserProfile user, Loadout loadout, Item item, ItemCatalogue catalogue);

    /**
     * @param catalogue the catalogue
     * @param id        an item id
     * @return the stack count written to a bag slot for it: its catalogue quantity when above 1, else 0
     */
    static int bagCount(ItemCatalogue catalogue, int id) {
        final int quantity = catalogue.find(id).map(Item::quantity).orElse(0);
        return quantity > 1 ? quantity : 0;
    }

    /**
     * @param loadout a loadout
     * @return the first empty bag slot within the capacity, or -1
     */
    static int firstEmptySlot(Loadout loadout) {
        final List<Integer> bag = new ArrayList<>();
        for (int i = 0; i < loadout.capacity(); i++) {
            bag.add(loadout.bagSlot(i));
        }
        return BagRules.firstEmptySlot(bag);
    }
}

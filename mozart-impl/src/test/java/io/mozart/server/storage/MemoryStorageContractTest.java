package io.mozart.server.storage;

import io.mozart.api.storage.Storage;
import io.mozart.server.storage.memory.MemoryStorage;

/** The storage contract against the in-memory implementation. */
class MemoryStorageContractTest extends StorageContract {

    @Override
    protected Storage createStorage() {
        return new MemoryStorage();
    }
}

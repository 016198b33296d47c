package io.mozart.server.protocol;

/** Every opcode of the O2JamO2 6.65 protocol, in one place, hex with the decimal beside it (spec 01 §3). */
public final class Opcodes {
    private Opcodes() {}

    /** Messages that travel both ways with the same opcode (spec 01 §3.1). */
    public static final class Generic {
        private Generic() {}

        public static final int LEGACY_PING = 0x1770; // 6000
        public static final int PING = 0x1771; // 6001
    }

    /** Requests, client to server (spec 01 §3.2). */
    public static final class Request {
        private Request() {}

        public static final int AUTHORIZE = 0x03E8; // 1000
        public static final int GET_CHANNEL_LIST = 0x03EA; // 1002
        public static final int CHANNEL_LOGIN = 0x03EC; // 1004
        public static final int SESSION_KEYS = 0x03EF; // 1007
        public static final int GET_CHARACTER_INFO = 0x07D0; // 2000
        public static final int GET_CHANNEL_INFO = 0x07D2; // 2002
        public static final int CREATE_ROOM = 0x07D4; // 2004
        public static final int GET_USER_LIST = 0x07DA; // 2010
        public static final int SEND_MAIN_ROOM_MESSAGE = 0x07DC; // 2012
        public static final int ANNOUNCE = 0x07DF; // 2015
        public static final int SEND_WHISPER = 0x07E1; // 2017
        public static final int CHANNEL_LOGOUT = 0x07E5; // 2021
        public static final int SEND_MUSIC_LIST = 0x07E8; // 2024
        public static final int GET_MUSIC_PLAY_RANKING = 0x07EB; // 2027
        public static final int GET_MUSIC_SCORE_LIST = 0x07EE; // 2030
        public static final int SET_ROOM_TITLE = 0x0BB8; // 3000
        public static final int JOIN_WAITING = 0x0BBA; // 3002
        public static final int EXIT_WAITING = 0x0BBD; // 3005
        public static final int UPDATE_SLOT = 0x0BC0; // 3008
        public static final int SEND_WAITING_MESSAGE = 0x0BC3; // 3011
        public static final int SET_ROOM_MUSIC = 0x0FA0; // 4000
        public static final int SET_ROOM_ARENA = 0x0FA2; // 4002
        public static final int SET_ROOM_TEAM = 0x0FA4; // 4004
        public static final int SET_INSTRUMENT = 0x0FA6; // 4006
        public static final int READY = 0x0FA8; // 4008
        public static final int START_GAME = 0x0FAA; // 4010
        public static final int CONFIRM_MUSIC_LOADED = 0x0FAC; // 4012
        public static final int UPDATE_GAME_STATS = 0x0FAE; // 4014
        public static final int SUBMIT_SCORE = 0x0FB0; // 4016
        public static final int EXIT_PLAYING = 0x0FB5; // 4021
        public static final int SET_ROOM_SKILL = 0x0FB7; // 4023
        public static final int UPDATE_MUSIC_STATE = 0x0FB9; // 4025
        public static final int SET_ROOM_ALBUM = 0x0FBB; // 4027
        public static final int GET_MUSIC_LIST = 0x0FBE; // 4030
        public static final int ACQUIRE_MUSIC_REQUEST = 0x0FC2; // 4034
        public static final int SYNC_MEMBER_MUSIC_STATE = 0x0FC4; // 4036
        public static final int SET_DOWNLOAD_PROGRESS = 0x0FC6; // 4038
        public static final int FINALIZE_RANK = 0x0FC9; // 4041
        public static final int SYNC_ITEM_PURCHASE = 0x1388; // 5000
        public static final int SELL_ITEM = 0x138A; // 5002
        public static final int EQUIP_ITEM = 0x138C; // 5004
        public static final int ENTER_SHOP = 0x138E; // 5006
        public static final int EXIT_SHOP = 0x138F; // 5007
        public static final int SYNC_MUSIC_PURCHASE = 0x1392; // 5010
        public static final int SYNC_MUSIC_DOWNLOAD = 0x1394; // 5012
        public static final int SYNC_POINT = 0x1395; // 5013
        public static final int START_PAYMENT = 0x1397; // 5015
        public static final int GET_GIFT_MESSAGE_LIST = 0x1399; // 5017
        public static final int READ_GIFT_MESSAGE = 0x139B; // 5019
        public static final int CLAIM_GIFT = 0x139F; // 5023
        public static final int SYNC_FREE_PASS = 0x13A1; // 5025
        public static final int SYNC_CASH_POINT = 0x13A4; // 5028
        public static final int CHANGE_NAME = 0x13A6; // 5030
        public static final int CHECK_NAME = 0x13A8; // 5032
        public static final int PENALTY_RESET = 0x13AA; // 5034
        public static final int BAG_EXPANSION = 0x13AC; // 5036
        public static final int REFERSH_BAG = 0x13AE; // 5038, RefreshBag as the reference spells it
        public static final int CHECK_GIFT_FREE_PASS = 0x13B0; // 5040
        public static final int TERMINATE = 0xFFF0; // 65520
    }

    /** Responses, server to client (spec 01 §3.3). */
    public static final class Response {
        private Response() {}

        public static final int SUBSCRIPTION_ALERT = 0x0032; // 50
        public static final int FORCE_REAUTHORIZE = 0x0033; // 51
        public static final int MULTI_SESSION_ERROR = 0x0034; // 52
        public static final int AUTHORIZE = 0x03E9; // 1001
        public static final int GET_CHANNEL_LIST = 0x03EB; // 1003
        public static final int CHANNEL_LOGIN = 0x03ED; // 1005
        public static final int SESSION_KEYS = 0x03F0; // 1008
        public static final int GET_CHARACTER_INFO = 0x07D1; // 2001
        public static final int GET_ROOM_LIST = 0x07D3; // 2003
        public static final int CREATE_ROOM = 0x07D6; // 2006
        public static final int GET_USER_LIST = 0x07DB; // 2011
        public static final int MAIN_ROOM_USER_MESSAGE = 0x07DD; // 2013
        public static final int MAIN_ROOM_ADMIN_MESSAGE = 0x07DE; // 2014
        public static final int ANNOUNCEMENT = 0x07E0; // 2016
        public static final int SEND_WHISPER = 0x07E2; // 2018
        public static final int CHANNEL_LOGOUT = 0x07E6; // 2022
        public static final int GET_MUSIC_PLAY_RANKING = 0x07EC; // 2028
        public static final int GET_MUSIC_SCORE_LIST = 0x07EF; // 2031
        public static final int JOIN_ROOM = 0x0BBB; // 3003
        public static final int EXIT_WAITING = 0x0BBE; // 3006
        public static final int WAITING_USER_MESSAGE = 0x0BC4; // 3012
        public static final int WAITING_ADMIN_MESSAGE = 0x0BC5; // 3013
        public static final int GET_MUSIC_LIST = 0x0FBF; // 4031
        public static final int SYNC_PURCHASE = 0x1389; // 5001
        public static final int SELL_ITEM = 0x138B; // 5003
        public static final int EQUIP_ITEM = 0x138D; // 5005
        public static final int SYNC_MUSIC_PURCHASE = 0x1393; // 5011
        public static final int SYNC_POINT = 0x1396; // 5014
        public static final int START_PAYMENT = 0x1398; // 5016
        public static final int GET_GIFT_MESSAGE_LIST = 0x139A; // 5018
        public static final int CLAIM_GIFT = 0x13A0; // 5024
        public static final int SYNC_FREE_PASS = 0x13A2; // 5026
        public static final int SYNC_CASH_POINT = 0x13A5; // 5029
        public static final int CHANGE_NAME = 0x13A7; // 5031
        public static final int CHECK_NAME = 0x13A9; // 5033
        public static final int PENALTY_RESET = 0x13AB; // 5035
        public static final int BAG_EXPANSION = 0x13AD; // 5037
        public static final int BAG_REFRESH = 0x13AF; // 5039
        public static final int CHECK_GIFT_FREE_PASS = 0x13B1; // 5041
    }

    /** Unsolicited server-to-client notices, called "events" in the spec (01 §3.4). */
    public static final class Notice {
        private Notice() {}

        public static final int ROOM_CREATED = 0x07D5; // 2005
        public static final int ROOM_REMOVED = 0x07D7; // 2007
        public static final int ROOM_TITLE_CHANGED = 0x07D8; // 2008
        public static final int ROOM_USER_COUNT_CHANGED = 0x07D9; // 2009
        public static final int RECEIVE_WHISPER = 0x07E3; // 2019
        public static final int ROOM_STATE_CHANGED = 0x07E4; // 2020
        public static final int ROOM_PARAMETER_CHANGED = 0x07E7; // 2023
        public static final int ROOM_SKILL_CHANGED = 0x07E9; // 2025
        public static final int MUSIC_PREMIUM_TIME_LIST = 0x07EA; // 2026
        public static final int RANK_NOTIFICATION = 0x07ED; // 2029
        public static final int WAITING_TITLE_CHANGED = 0x0BB9; // 3001
        public static final int USER_JOIN_WAITING = 0x0BBC; // 3004
        public static final int USER_LEAVE_WAITING = 0x0BBF; // 3007
        public static final int ROOM_SLOT_UPDATE = 0x0BC1; // 3009
        public static final int KICK = 0x0BC2; // 3010
        public static final int ROOM_FORCE_REMOVED = 0x0BC6; // 3014
        public static final int WAITING_MUSIC_CHANGED = 0x0FA1; // 4001
        public static final int ROOM_ARENA_CHANGED = 0x0FA3; // 4003
        public static final int USER_TEAM_CHANGED = 0x0FA5; // 4005
        public static final int USER_INSTRUMENT_CHANGED = 0x0FA7; // 4007
        public static final int USER_READY_STATE_CHANGED = 0x0FA9; // 4009
        public static final int START_GAME = 0x0FAB; // 4011
        public static final int MUSIC_LOADED = 0x0FAD; // 4013
        public static final int GAME_STATS_UPDATE = 0x0FAF; // 4015
        public static final int SCORE_SUBMISSION = 0x0FB1; // 4017
        public static final int SCORE_COMPLETED = 0x0FB2; // 4018
        public static final int USER_LEAVE_GAME = 0x0FB6; // 4022
        public static final int WAITING_SKILL_CHANGED = 0x0FB8; // 4024
        public static final int MUSIC_STATE_CHANGED = 0x0FBA; // 4026
        public static final int WAITING_ALBUM_CHANGED = 0x0FBC; // 4028
        public static final int ALBUM_SCORE_COMPLETED = 0x0FBD; // 4029
        public static final int ACQUIRE_MUSIC = 0x0FC3; // 4035
        public static final int SYNC_MEMBER_MUSIC_STATE = 0x0FC5; // 4037
        public static final int DOWNLOAD_PROGRESS_CHANGED = 0x0FC7; // 4039
        public static final int GAME_RANK_UPDATE = 0x0FC8; // 4040
    }

    /** Internal link, gateway to channel process (spec 01 §3.5). */
    public static final class GatewayCommand {
        private GatewayCommand() {}

        public static final int CREATE_CHANNEL = 0x00C8; // 200
        public static final int GET_CHANNEL_STATS = 0x00C9; // 201
        public static final int GRANT_SESSION = 0x00CA; // 202
        public static final int REVOKE_SESSION = 0x00CB; // 203
        public static final int RELAY = 0x00CC; // 204

        /** Heartbeat: Mozart's addition, not in the reference (docs/operations.md, compatibility D11). */
        public static final int HEARTBEAT = 0x00CD; // 205
    }

    /** Internal link, channel process to gateway (spec 01 §3.6). */
    public static final class ChannelCommand {
        private ChannelCommand() {}

        public static final int CREATE_CHANNEL = 0x012C; // 300
        public static final int GET_CHANNEL_STATS = 0x012D; // 301
        public static final int RELAY = 0x012E; // 302
        public static final int GRANT_SESSION = 0x012F; // 303
        public static final int DELETE_CHANNEL = 0x0130; // 304

        /** Heartbeat: Mozart's addition, not in the reference (docs/operations.md, compatibility D11). */
        public static final int HEARTBEAT = 0x0131; // 305
    }
}

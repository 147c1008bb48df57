import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'aa0fe0aea06d4600b2727fd837526f02'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'b5e28707b63346a0a8fbfb6d62765aa5'
                    }
                }
                composite: [
                    {
                        table: 'sys_user_role'
                        id: 'e068310fefd84957ae5cb780b0b7019b'
                        key: {
                            name: 'x_incb_bridge.admin'
                        }
                    },
                ]
            }
        }
    }
}

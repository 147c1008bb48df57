import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'admin-api': {
                        table: 'sys_ws_definition'
                        id: 'f43bd3cfc80e40bb889e1ef75b50cc10'
                    }
                    'admin-api-acl': {
                        table: 'sys_security_acl'
                        id: '5dff317cbf0947a2844f013dd3d46e35'
                    }
                    'admin-api-v1': {
                        table: 'sys_ws_version'
                        id: 'facd18192e474613a756f55c60330780'
                    }
                    'admin-api-v1-dry-run': {
                        table: 'sys_ws_operation'
                        id: 'f2fc7d3980054ce59436eb0065609a24'
                    }
                    'ado-double-acl': {
                        table: 'sys_security_acl'
                        id: 'f98734385c7b48e4933fe6064b75f142'
                    }
                    'ado-double-api': {
                        table: 'sys_ws_definition'
                        id: 'a2f8ab3ea72440d796d2c767df4f3e6a'
                    }
                    'ado-double-comment': {
                        table: 'sys_ws_operation'
                        id: '8ecacfddc04f4c61b6b35b49dbbf6d20'
                    }
                    'ado-double-create': {
                        table: 'sys_ws_operation'
                        id: 'd388ef797ed3451b985f8aef1ec38833'
                    }
                    'ado-double-read': {
                        table: 'sys_ws_operation'
                        id: '6c70fd3ac24f495589e0d1402eb7af28'
                    }
                    'ado-double-update': {
                        table: 'sys_ws_operation'
                        id: '2dbbc11bc16e4c49bb8b54bd12de205d'
                    }
                    'ado-double-v1': {
                        table: 'sys_ws_version'
                        id: '049220c844cd49df80ce4b5e39f8a5ad'
                    }
                    'agent-api': {
                        table: 'sys_ws_definition'
                        id: 'aef149818f8a402285f9b8b3e6b7a2fc'
                    }
                    'agent-api-acl': {
                        table: 'sys_security_acl'
                        id: 'ab70370f6ff84298b68aa0e5d5c7a43b'
                    }
                    'agent-api-acl-acknowledge': {
                        table: 'sys_security_acl'
                        id: '545103b46c344a269245295ddce5a7c7'
                    }
                    'agent-api-acl-attachment': {
                        table: 'sys_security_acl'
                        id: 'ded8e0116c344852a7f6c8ed15c17ef7'
                    }
                    'agent-api-acl-health': {
                        table: 'sys_security_acl'
                        id: '1711f827c8694d7eace6197c0ea2e9b2'
                    }
                    'agent-api-acl-list': {
                        table: 'sys_security_acl'
                        id: '60339e6c45bf4f01aa04ce70fd114f1f'
                    }
                    'agent-api-acl-note': {
                        table: 'sys_security_acl'
                        id: 'b0a44227a5be4566afad7738327e0132'
                    }
                    'agent-api-acl-priority': {
                        table: 'sys_security_acl'
                        id: '35d1a75536ce451798690e6f0e510bf1'
                    }
                    'agent-api-acl-read': {
                        table: 'sys_security_acl'
                        id: 'a6cf289fcc954af6ae345cbb71be6ed8'
                    }
                    'agent-api-acl-resolve': {
                        table: 'sys_security_acl'
                        id: 'fb626e4960b44b919ddf3dfd1746ee01'
                    }
                    'agent-api-v1': {
                        table: 'sys_ws_version'
                        id: '3e30c5bc163343df811f78812bf3a27d'
                    }
                    'agent-api-v1-acknowledge': {
                        table: 'sys_ws_operation'
                        id: 'fc4389fff9004dcdb747a0b06e040821'
                    }
                    'agent-api-v1-attachment': {
                        table: 'sys_ws_operation'
                        id: 'd46e2909b71649a39eab06e08d5a1cce'
                    }
                    'agent-api-v1-health': {
                        table: 'sys_ws_operation'
                        id: '18fa4455c41746aa92aae77f08f11d45'
                    }
                    'agent-api-v1-list': {
                        table: 'sys_ws_operation'
                        id: '1a614bdc7abb457f8e2b6d3305229f54'
                    }
                    'agent-api-v1-note': {
                        table: 'sys_ws_operation'
                        id: 'de44ffb4a3814f33877a0257a7ad648e'
                    }
                    'agent-api-v1-priority': {
                        table: 'sys_ws_operation'
                        id: '98b6e2f0be6c465f84676d79df99a624'
                    }
                    'agent-api-v1-read': {
                        table: 'sys_ws_operation'
                        id: 'baf29938ef174d3084b154872305748c'
                    }
                    'agent-api-v1-resolve': {
                        table: 'sys_ws_operation'
                        id: 'd73171ea17ab4bf1a75b6e26ad1e0426'
                    }
                    'atf-agent-ack-send': {
                        table: 'sys_atf_step'
                        id: 'a0a7c98951084bddb6ad0b50e6e5c976'
                    }
                    'atf-agent-ack-state': {
                        table: 'sys_atf_step'
                        id: '3d4f2bb9068b4fedb9f35d799f4f6391'
                    }
                    'atf-agent-ack-status': {
                        table: 'sys_atf_step'
                        id: 'b0d171923dbd423e8c0689ca7053b897'
                    }
                    'atf-agent-again-send': {
                        table: 'sys_atf_step'
                        id: 'c8b01850afac4fb3a4feca2c1d775ec0'
                    }
                    'atf-agent-again-status': {
                        table: 'sys_atf_step'
                        id: '5f85d3438e1e45b2ac1875732c630f2c'
                    }
                    'atf-agent-anonymous-send': {
                        table: 'sys_atf_step'
                        id: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                    }
                    'atf-agent-anonymous-status': {
                        table: 'sys_atf_step'
                        id: 'afd29044cdf84877b0a77998c75980df'
                    }
                    'atf-agent-badcode-message': {
                        table: 'sys_atf_step'
                        id: '288cd715f931469aabdfab5ce912900e'
                    }
                    'atf-agent-badcode-send': {
                        table: 'sys_atf_step'
                        id: '8a70b2f60c1c410a93369437d71362f3'
                    }
                    'atf-agent-badcode-status': {
                        table: 'sys_atf_step'
                        id: 'e46d60c01e2d4fee814236db8fe45350'
                    }
                    'atf-agent-close-code': {
                        table: 'sys_atf_step'
                        id: 'fe6df009745244019d7c9f629a4edca2'
                    }
                    'atf-agent-health-scope': {
                        table: 'sys_atf_step'
                        id: '0e3eb2acc03f4e94ac3a88ac850b5b7e'
                    }
                    'atf-agent-health-send': {
                        table: 'sys_atf_step'
                        id: 'f521e150322d4e3d912dc529fe779b6a'
                    }
                    'atf-agent-health-status': {
                        table: 'sys_atf_step'
                        id: '9a3c18436bdf4a22aaee0cd719d7e148'
                    }
                    'atf-agent-insert': {
                        table: 'sys_atf_step'
                        id: 'e1504de69f7140f3ab93512159ac0544'
                    }
                    'atf-agent-list-limit': {
                        table: 'sys_atf_step'
                        id: '7361e349704e4bf4b168270b08fab0e3'
                    }
                    'atf-agent-list-send': {
                        table: 'sys_atf_step'
                        id: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                    }
                    'atf-agent-list-status': {
                        table: 'sys_atf_step'
                        id: '6b81c6d8b0a140ac940e776383750f6f'
                    }
                    'atf-agent-norole-send': {
                        table: 'sys_atf_step'
                        id: '386a04b9aa2b4830b45a8fa50301eb54'
                    }
                    'atf-agent-norole-status': {
                        table: 'sys_atf_step'
                        id: '0729f080a7c84feb9329ca7b21af2f0f'
                    }
                    'atf-agent-note-send': {
                        table: 'sys_atf_step'
                        id: 'caf060241032465b9ed908a66c613d53'
                    }
                    'atf-agent-note-status': {
                        table: 'sys_atf_step'
                        id: '71c64a1ca0a547509b7e1368a55de94e'
                    }
                    'atf-agent-note-text': {
                        table: 'sys_atf_step'
                        id: '24614fcd76b9415889325c138f09f3d8'
                    }
                    'atf-agent-priority-send': {
                        table: 'sys_atf_step'
                        id: 'bb56beb92e95446ab65be7f8c3a999bc'
                    }
                    'atf-agent-priority-status': {
                        table: 'sys_atf_step'
                        id: 'df1665fa24e0474597f26175125ea3ce'
                    }
                    'atf-agent-priority-value': {
                        table: 'sys_atf_step'
                        id: 'd2cb43793bf445a288e3fabd54d17554'
                    }
                    'atf-agent-read-id': {
                        table: 'sys_atf_step'
                        id: '8329044141cb4de58eec9a26784d7a4a'
                    }
                    'atf-agent-read-send': {
                        table: 'sys_atf_step'
                        id: '5ca8060571cd4549959c27ac5faa13b7'
                    }
                    'atf-agent-read-status': {
                        table: 'sys_atf_step'
                        id: '1eee598d6d9a42e2aedde4246b6f96c7'
                    }
                    'atf-agent-resolve-code': {
                        table: 'sys_atf_step'
                        id: '0d88d30e3f4d4fdfa20eb775d2cdaae7'
                    }
                    'atf-agent-resolve-send': {
                        table: 'sys_atf_step'
                        id: '52d11883f331451182a99e1b836a1cdc'
                    }
                    'atf-agent-resolve-state': {
                        table: 'sys_atf_step'
                        id: '5f48a6a04d84455a86062bc6ffb28136'
                    }
                    'atf-agent-resolve-status': {
                        table: 'sys_atf_step'
                        id: '43432b777a7d4508b5ca8a35fdc763c2'
                    }
                    'atf-agent-self-ok': {
                        table: 'sys_atf_step'
                        id: '604af14b8314493faa5f871acf53642b'
                    }
                    'atf-agent-self-read': {
                        table: 'sys_atf_step'
                        id: '0f88f3977ee44036ab3c08ed1ae4db42'
                    }
                    'atf-agent-self-role': {
                        table: 'sys_atf_step'
                        id: '1cea790155c54908a7d35ab6d3018387'
                    }
                    'atf-agent-self-send': {
                        table: 'sys_atf_step'
                        id: 'a95219c9c69444678813ed4fa225ad43'
                    }
                    'atf-agent-self-status': {
                        table: 'sys_atf_step'
                        id: 'd256053ea30a4f1a82d7e97e565f1800'
                    }
                    'atf-agent-validate': {
                        table: 'sys_atf_step'
                        id: 'd2bdb593dbb1412cb2369e8a327d013e'
                    }
                    'atf-capture-check': {
                        table: 'sys_atf_step'
                        id: 'd0cfc2889a314d73880af857cb38abd8'
                    }
                    'atf-capture-cleanup': {
                        table: 'sys_atf_step'
                        id: '41ca4fc0d6ea456ea978fe055d188346'
                    }
                    'atf-hooks-again-duplicate': {
                        table: 'sys_atf_step'
                        id: '81b4adcde3984eaa916e207ada595ef1'
                    }
                    'atf-hooks-again-send': {
                        table: 'sys_atf_step'
                        id: '2528e0991a204dedbc37bacb6eed62c3'
                    }
                    'atf-hooks-again-status': {
                        table: 'sys_atf_step'
                        id: 'b8aa3ddbe50a4952b162611b386053f7'
                    }
                    'atf-hooks-cleanup': {
                        table: 'sys_atf_step'
                        id: '26f1d08f414e4619988d681dca4a6034'
                    }
                    'atf-hooks-close-code': {
                        table: 'sys_atf_step'
                        id: '5047b24c8aca4ce0bbbc086f83076ce3'
                    }
                    'atf-hooks-comment-query': {
                        table: 'sys_atf_step'
                        id: '2ef1deeaf9f5421d881c83b3c29573f7'
                    }
                    'atf-hooks-comment-send': {
                        table: 'sys_atf_step'
                        id: '642f2a2eb5744ca18e55677a2bfbad08'
                    }
                    'atf-hooks-comment-status': {
                        table: 'sys_atf_step'
                        id: '79cf5fb20413432eb28f0ab04cf039a3'
                    }
                    'atf-hooks-connection': {
                        table: 'sys_atf_step'
                        id: '3ca40311574b4eb3b2662928d7f8f895'
                    }
                    'atf-hooks-doing-accepted': {
                        table: 'sys_atf_step'
                        id: '08ef10366c1c4c04b92a65f5416e30e2'
                    }
                    'atf-hooks-doing-send': {
                        table: 'sys_atf_step'
                        id: '2e5b8380066642ea8133c844ab71974d'
                    }
                    'atf-hooks-doing-status': {
                        table: 'sys_atf_step'
                        id: '75003754158b47d6a44b1c92a6a6cb06'
                    }
                    'atf-hooks-doing-validate': {
                        table: 'sys_atf_step'
                        id: 'e75ec9d42ab24b269522bb2fbe16af28'
                    }
                    'atf-hooks-done-send': {
                        table: 'sys_atf_step'
                        id: '51fd94650dc041a6a03d8d60b11ca501'
                    }
                    'atf-hooks-done-status': {
                        table: 'sys_atf_step'
                        id: '5d27c5a256e24868abf5678773d97f1f'
                    }
                    'atf-hooks-done-validate': {
                        table: 'sys_atf_step'
                        id: '99fdaff3fc42496cb3698bc74f305d1d'
                    }
                    'atf-hooks-incident': {
                        table: 'sys_atf_step'
                        id: 'be6f0727f3514d71b8805827b97adaca'
                    }
                    'atf-hooks-link': {
                        table: 'sys_atf_step'
                        id: 'ab567dfc733f4fdf8d4ab2351ba46c70'
                    }
                    'atf-privileges-check': {
                        table: 'sys_atf_step'
                        id: '7d60f36f654a4e048940070a3eb57007'
                    }
                    'atf-profile-agent': {
                        table: 'sys_auth_profile_basic'
                        id: '2175dcfd9f324bc78e59b61b4a84ffb2'
                    }
                    'atf-profile-hook': {
                        table: 'sys_auth_profile_basic'
                        id: '6f358b62a0dd40ca9958bae581cee69d'
                    }
                    'atf-suite-agent': {
                        table: 'sys_atf_test_suite'
                        id: '6891f1e9e1db420296097ded6a971921'
                    }
                    'atf-suite-agent-member': {
                        table: 'sys_atf_test_suite_test'
                        id: 'd4dd0e033e4e44938b7ee271fce2fdfd'
                    }
                    'atf-suite-capture': {
                        table: 'sys_atf_test_suite'
                        id: '87b1fcf3e360496aa8393e6e14587bf6'
                    }
                    'atf-suite-capture-member': {
                        table: 'sys_atf_test_suite_test'
                        id: '073f9fd0f8514bf2b54c35398f020bb9'
                    }
                    'atf-suite-hooks': {
                        table: 'sys_atf_test_suite'
                        id: '5a33f2ac00d2480689340ffdb0467392'
                    }
                    'atf-suite-hooks-member': {
                        table: 'sys_atf_test_suite_test'
                        id: '001c7a7523b7494eb50372b9c5b6d41c'
                    }
                    'atf-suite-install-check': {
                        table: 'sys_atf_test_suite'
                        id: 'b35e8b4367314649beb6b702d37e5888'
                    }
                    'atf-suite-privileges': {
                        table: 'sys_atf_test_suite'
                        id: 'f99b661b85d4428b813a1bd01d4318e5'
                    }
                    'atf-suite-privileges-member': {
                        table: 'sys_atf_test_suite_test'
                        id: 'cc7fa5a76f354f07a8315fc9c2fbc707'
                    }
                    'atf-suite-round-trip': {
                        table: 'sys_atf_test_suite'
                        id: '4ddb58cb5c774526be213911ff2d7f5e'
                    }
                    'atf-suite-round-trip-member': {
                        table: 'sys_atf_test_suite_test'
                        id: '8dfe361a8ff8484eac7adb0a47150c3d'
                    }
                    'atf-test-agent-api': {
                        table: 'sys_atf_test'
                        id: 'c633637690684db7aebd9b633936b5c8'
                    }
                    'atf-test-capture': {
                        table: 'sys_atf_test'
                        id: 'f404cf3c5fb24a7e81030a9f8bf44844'
                    }
                    'atf-test-hooks': {
                        table: 'sys_atf_test'
                        id: '336d1a4d47fc492fbff17eaee1246ee7'
                    }
                    'atf-test-privileges': {
                        table: 'sys_atf_test'
                        id: '4917be99a7c14bdaa78390a81dd25505'
                    }
                    'atf-test-round-trip': {
                        table: 'sys_atf_test'
                        id: 'c2de515b579b436e909330a029ef9865'
                    }
                    'atf-trip-cleanup': {
                        table: 'sys_atf_step'
                        id: '84d27e7a034343afaa3f2dace4065f8d'
                    }
                    'atf-trip-comment-sent': {
                        table: 'sys_atf_step'
                        id: 'e3e2928737704754ba5fdfd65ec5979b'
                    }
                    'atf-trip-connection': {
                        table: 'sys_atf_step'
                        id: '245a9abf7dcb45179c8ae0dcfb0bb0e1'
                    }
                    'atf-trip-incident': {
                        table: 'sys_atf_step'
                        id: '6dc3e4dd3d174a40b59c40280bce7ada'
                    }
                    'atf-trip-linked': {
                        table: 'sys_atf_step'
                        id: '4fa0aa344d8c498f90ae245c07189469'
                    }
                    'atf-trip-linked-note': {
                        table: 'sys_atf_step'
                        id: 'bd21fe45ae8d402ab3116fd912e0bb0b'
                    }
                    'atf-trip-no-echo': {
                        table: 'sys_atf_step'
                        id: '448a9a495e7345bbb0d55115f87d001c'
                    }
                    'atf-trip-no-echo-after-note': {
                        table: 'sys_atf_step'
                        id: '8ff187691e814cb38e0a5c308fd0aa26'
                    }
                    'atf-trip-note': {
                        table: 'sys_atf_step'
                        id: 'c400e3bf81f84dae93906742e03ef80c'
                    }
                    'atf-trip-one-request': {
                        table: 'sys_atf_step'
                        id: '92520546623f4d9b912847ed75cd2353'
                    }
                    'atf-trip-point': {
                        table: 'sys_atf_step'
                        id: '00f72e5586ca421cbede3d3dded60f78'
                    }
                    'atf-trip-sent': {
                        table: 'sys_atf_step'
                        id: 'dbccbd1438174fde80907bffeb6381d2'
                    }
                    'atf-trip-written-back': {
                        table: 'sys_atf_step'
                        id: 'b88e0220c58b4fdeae3802fe3d2433bc'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'e684619e5b2d4207844ae4ee99455804'
                    }
                    'br-attachment-outbox-capture': {
                        table: 'sys_script'
                        id: '20b9f76887fd4681b010fbd117418d23'
                    }
                    'br-connection-seed-value-maps': {
                        table: 'sys_script'
                        id: '4bf89021943c4dd58eb0acf7ca629ebc'
                    }
                    'br-incident-outbox-capture': {
                        table: 'sys_script'
                        id: '5194261df7844195b4bac5f12e6a5a7a'
                    }
                    'br-incident-plan-push': {
                        table: 'sys_script'
                        id: '28aab2490ec544d6a2211ff56446a532'
                    }
                    'connection-create': {
                        table: 'sys_security_acl'
                        id: 'ca623423fb8c4ff58e370e714f287aef'
                    }
                    'connection-delete': {
                        table: 'sys_security_acl'
                        id: 'd709a00f97c0492596b7fd7fd9a74845'
                    }
                    'connection-form-credentials-note': {
                        table: 'sys_ui_annotation'
                        id: '4752972c8a4e46129f18c422cbf8b346'
                    }
                    'connection-inbound-secret-read': {
                        table: 'sys_security_acl'
                        id: 'fddbb60ca68d4d3798585e5fb3acff5c'
                    }
                    'connection-inbound-secret-write': {
                        table: 'sys_security_acl'
                        id: 'cc6272d5058a4d7d9b46e15dcee37234'
                    }
                    'connection-read': {
                        table: 'sys_security_acl'
                        id: 'e0417ffc7d7a491a97bb4f318bfe9aa0'
                    }
                    'connection-related-inbox': {
                        table: 'sys_ui_related_list_entry'
                        id: '4ae2ff13e24f4a3583ec5474f8a7a84a'
                    }
                    'connection-related-links': {
                        table: 'sys_ui_related_list_entry'
                        id: 'b4f5451b015343b5a6fc2e7bddbf8427'
                    }
                    'connection-related-lists': {
                        table: 'sys_ui_related_list'
                        id: '431576e70d8d4c1d936b8c4fabab9ef3'
                    }
                    'connection-related-log': {
                        table: 'sys_ui_related_list_entry'
                        id: '6b66a2f6b289440ebc67298857b96779'
                    }
                    'connection-related-outbox': {
                        table: 'sys_ui_related_list_entry'
                        id: 'c822cb095b544ce6be4515637f31d510'
                    }
                    'connection-related-value-maps': {
                        table: 'sys_ui_related_list_entry'
                        id: '5d5725bd01054cc493f467185dd1a1fa'
                    }
                    'connection-signing-key-read': {
                        table: 'sys_security_acl'
                        id: 'b83c8f9297b947bbb69b23474c34ceaa'
                    }
                    'connection-signing-key-write': {
                        table: 'sys_security_acl'
                        id: '0db7d655f9be4bc8a634e49090a34b8b'
                    }
                    'connection-write': {
                        table: 'sys_security_acl'
                        id: '6114ee02702d49b39ec3b6752fed318f'
                    }
                    'event-connection-resume': {
                        table: 'sysevent_register'
                        id: 'c528df8df5744c459b4dad27be935b1f'
                    }
                    'event-inbox-received': {
                        table: 'sysevent_register'
                        id: '6c7ec868acf748de9ead727b5cd0b0de'
                    }
                    'event-outbox-dead': {
                        table: 'sysevent_register'
                        id: 'ef7c2533021741a687135b25a30de111'
                    }
                    'event-outbox-queued': {
                        table: 'sysevent_register'
                        id: '99bb4f7457fe4f9e8fc99fa63dc86248'
                    }
                    'health-api': {
                        table: 'sys_ws_definition'
                        id: 'f3ec00dd443c4e15ad971188aa4bb3db'
                    }
                    'health-api-acl': {
                        table: 'sys_security_acl'
                        id: 'aeb4d0de73f6420582556c5c5ae9339d'
                    }
                    'health-api-v1': {
                        table: 'sys_ws_version'
                        id: '190578b60ad74c8da3a59b3debdca79b'
                    }
                    'health-api-v1-get': {
                        table: 'sys_ws_operation'
                        id: 'b033e92ec47442ddbd65723111f1cf76'
                    }
                    'hooks-api': {
                        table: 'sys_ws_definition'
                        id: 'f490bcb112814788b59161e36b7ba386'
                    }
                    'hooks-api-acl': {
                        table: 'sys_security_acl'
                        id: 'ec55f13ea7d94e6e8a24d9e4dc7db54a'
                    }
                    'hooks-api-v1': {
                        table: 'sys_ws_version'
                        id: '5ccac4accfcf438b8a6c6764c3c61838'
                    }
                    'hooks-api-v1-azure-devops': {
                        table: 'sys_ws_operation'
                        id: 'd208f50adfce40e391aff2a947fe466b'
                    }
                    'hooks-api-v1-azure-devops-connection': {
                        table: 'sys_ws_query_parameter'
                        id: '8a0d2895019741e3bc666d172dceb02a'
                    }
                    'hooks-api-v1-azure-devops-secret': {
                        table: 'sys_ws_header'
                        id: '7b8aa1aec8544dd8ae5437b9ef909912'
                    }
                    'inbox-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'd4e2583f1bee461798fd13881c89a2c0'
                    }
                    'inbox-delete-nobody': {
                        table: 'sys_security_acl'
                        id: '01c3ba1bb23d497288ce20ef27321265'
                    }
                    'inbox-read': {
                        table: 'sys_security_acl'
                        id: '723b23c2c5d84665bc4d1b66281d257d'
                    }
                    'inbox-write': {
                        table: 'sys_security_acl'
                        id: '1df6a736faef4db982872a96fcbdbd72'
                    }
                    'job-connection-health-check': {
                        table: 'sysauto_script'
                        id: 'ae0b7c3edaf046d7a30326e6b50e2f76'
                    }
                    'job-inbound-catch-up': {
                        table: 'sysauto_script'
                        id: 'a99abcf5f63d413094f50044e1ee9090'
                    }
                    'job-outbox-sweep': {
                        table: 'sysauto_script'
                        id: '02661c8452b24cb899c4e9b87b65a5dd'
                    }
                    'job-retention': {
                        table: 'sysauto_script'
                        id: '76c0eec3e9554ce0ab6870d1120355b0'
                    }
                    'link-create': {
                        table: 'sys_security_acl'
                        id: '06bd8edb44394481bf710b9dea7d100e'
                    }
                    'link-delete': {
                        table: 'sys_security_acl'
                        id: '28fafd0102144058bdb6fb642a4aeaa9'
                    }
                    'link-read': {
                        table: 'sys_security_acl'
                        id: '24beb2675eab4547bb6bd4c4392d83f6'
                    }
                    'link-write': {
                        table: 'sys_security_acl'
                        id: 'e57c1d8a36304ae2919b56e149ad3845'
                    }
                    'log-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'a7f38bcaf0df4698ad726575422b789e'
                    }
                    'log-delete-nobody': {
                        table: 'sys_security_acl'
                        id: 'bac88958f95a4ee4ae5c51dcc1a460ab'
                    }
                    'log-read': {
                        table: 'sys_security_acl'
                        id: '95198eaddff2440ab3301498433cf397'
                    }
                    'log-write-nobody': {
                        table: 'sys_security_acl'
                        id: '9f28766b4a8c4bfb8e3c80688a203f40'
                    }
                    'mail-script-outbox-entry-link': {
                        table: 'sys_script_email'
                        id: 'cf5b7f69977344658fe2f07fcea5cef1'
                    }
                    menu: {
                        table: 'sys_app_application'
                        id: '1d3979a69cb14b7aae78b033b8993013'
                    }
                    'module-connections': {
                        table: 'sys_app_module'
                        id: '076b7401540f47ac927df365c6352e35'
                    }
                    'module-inbox': {
                        table: 'sys_app_module'
                        id: '266a38e25c1947be82cc400b655e92d0'
                    }
                    'module-links': {
                        table: 'sys_app_module'
                        id: '8523afb3edb04844b3ab58e9130f214f'
                    }
                    'module-log': {
                        table: 'sys_app_module'
                        id: 'f8aa254660e041b788204fd17efa877e'
                    }
                    'module-operations-separator': {
                        table: 'sys_app_module'
                        id: '5781e52984104535badf443580a8d7dc'
                    }
                    'module-outbox': {
                        table: 'sys_app_module'
                        id: '5f976acdc92c4722972b6c04be5c843a'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: '28db80b9e3434f0b81083e402b43e4eb'
                    }
                    'module-response-plans': {
                        table: 'sys_app_module'
                        id: '8cb0cc466d424fa2ae9db4e6ad55ca0e'
                    }
                    'module-value-maps': {
                        table: 'sys_app_module'
                        id: '43f8f05b66df4d4c85c3c9b3d4860824'
                    }
                    'notification-outbox-dead': {
                        table: 'sysevent_email_action'
                        id: '77f195e4b106437789805542eaf7f778'
                    }
                    'outbox-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'b5c4c3aba6b4408a8e4585b8c975e5f0'
                    }
                    'outbox-delete-nobody': {
                        table: 'sys_security_acl'
                        id: '168537488fa945f1bc8c45c80587122e'
                    }
                    'outbox-read': {
                        table: 'sys_security_acl'
                        id: '4b883b83390e40cc85ef7eaad6a73148'
                    }
                    'outbox-write': {
                        table: 'sys_security_acl'
                        id: '79a2031a96434f119cfa745a8739a411'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '3f7567378fba4689903ddb51142dcc9d'
                    }
                    'privilege-change-request-read': {
                        table: 'sys_scope_privilege'
                        id: '2767ae00ea554d03afe0438f7f15f3dd'
                    }
                    'privilege-cmdb-ci-read': {
                        table: 'sys_scope_privilege'
                        id: '5248bbe5a14f45149b2b4727aa855999'
                    }
                    'privilege-incident-create': {
                        table: 'sys_scope_privilege'
                        id: 'ec49b8b970b740feb490cabd9bdbb425'
                    }
                    'privilege-incident-read': {
                        table: 'sys_scope_privilege'
                        id: 'a206ca7a1279460186426b04f3ea8c22'
                    }
                    'privilege-incident-write': {
                        table: 'sys_scope_privilege'
                        id: '47d5c936f88a47c7b70454d8cfb7f203'
                    }
                    'privilege-oauth-credential-read': {
                        table: 'sys_scope_privilege'
                        id: 'fb64bfb306d84b0aa58f13a800f8d621'
                    }
                    'privilege-oauth-entity-profile-read': {
                        table: 'sys_scope_privilege'
                        id: 'efc84837bef14ef7b043df15b221a91d'
                    }
                    'privilege-oauth-requestor-profile-read': {
                        table: 'sys_scope_privilege'
                        id: '5ade037963b7494daf632e60d64d7580'
                    }
                    'privilege-problem-read': {
                        table: 'sys_scope_privilege'
                        id: 'd161601665124975a9256c82807306d2'
                    }
                    'privilege-sys-app-read': {
                        table: 'sys_scope_privilege'
                        id: '0a70e51087384b5baeeba636a20fd768'
                    }
                    'privilege-sys-attachment-read': {
                        table: 'sys_scope_privilege'
                        id: 'c47c03d59e6f45ddafbffc8c5edef947'
                    }
                    'privilege-sys-choice-read': {
                        table: 'sys_scope_privilege'
                        id: 'd370bb782f004bf8a41539022e77fde2'
                    }
                    'privilege-sys-journal-field-read': {
                        table: 'sys_scope_privilege'
                        id: 'b39eef43b04246b89cfaf1a31f7738ba'
                    }
                    'privilege-sys-user-group-read': {
                        table: 'sys_scope_privilege'
                        id: 'df218935359743f39f73652853d34023'
                    }
                    'privilege-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: '905eb3957cd84fd9add39f525391283e'
                    }
                    'probe-demo': {
                        table: 'sys_atf_test'
                        id: '0870644b257a4e0398c9885413a7cd6b'
                        deleted: true
                    }
                    'probe-demo-log': {
                        table: 'sys_atf_step'
                        id: '2828e02f73144eaeb63b9d8fd23ab199'
                        deleted: true
                    }
                    'probe-insert': {
                        table: 'sys_atf_step'
                        id: '281601dad75b406093af9d16065d1360'
                        deleted: true
                    }
                    'probe-json': {
                        table: 'sys_atf_step'
                        id: '71d44b46d669488994513b4d4e66ebe1'
                        deleted: true
                    }
                    'probe-log': {
                        table: 'sys_atf_step'
                        id: '464c2f658912485d926cbd9cee7228ab'
                        deleted: true
                    }
                    'probe-query': {
                        table: 'sys_atf_step'
                        id: 'bbeb06a84b0d407593eda9fe78788d3b'
                        deleted: true
                    }
                    'probe-rest': {
                        table: 'sys_atf_step'
                        id: 'a812b4672cb046058161eed8289de02b'
                        deleted: true
                    }
                    'probe-script': {
                        table: 'sys_atf_step'
                        id: '14c72244e74044679040ae948de10323'
                        deleted: true
                    }
                    'probe-status': {
                        table: 'sys_atf_step'
                        id: '9fa2c191f7b1458fb6fbe39b53cd6c35'
                        deleted: true
                    }
                    'probe-suite': {
                        table: 'sys_atf_test_suite'
                        id: '9ce4403e7b904b49832fb9d0cc06bb42'
                        deleted: true
                    }
                    'probe-suite-test': {
                        table: 'sys_atf_test_suite_test'
                        id: 'ff3a042493c449958f90836dcebadbfc'
                        deleted: true
                    }
                    'probe-test': {
                        table: 'sys_atf_test'
                        id: 'a98e0d78636540f8b84ae6edb7b0b71e'
                        deleted: true
                    }
                    'probe-validate': {
                        table: 'sys_atf_step'
                        id: '30704528f19a417bbd6c676db9adc919'
                        deleted: true
                    }
                    'property-attachment-max-bytes': {
                        table: 'sys_properties'
                        id: 'd604c2a54623439390cd7de26052a051'
                    }
                    'property-circuit-cooldown-seconds': {
                        table: 'sys_properties'
                        id: 'b566b237b81e4a3d84cb21d5f6251755'
                    }
                    'property-circuit-failure-threshold': {
                        table: 'sys_properties'
                        id: '298d0c9f0cfe4d828cb8f3ad7e766d19'
                    }
                    'property-health-refresh-token-warning-days': {
                        table: 'sys_properties'
                        id: '363f26118657426cb902f1e661448ef5'
                    }
                    'property-inbound-max-body-bytes': {
                        table: 'sys_properties'
                        id: 'eb8ffc5ebc274e7aa66fa0d5727abd64'
                    }
                    'property-log-max-body-length': {
                        table: 'sys_properties'
                        id: '9a70f9b233d2494cabb22d8418d102e1'
                    }
                    'property-log-retention-days': {
                        table: 'sys_properties'
                        id: 'eb5cbd1e55ae4b078201d5508b2b0807'
                    }
                    'property-outbox-backoff-base-seconds': {
                        table: 'sys_properties'
                        id: 'f97c4eae253c4c1b9aeaa3a0cfe9ca37'
                    }
                    'property-outbox-backoff-max-seconds': {
                        table: 'sys_properties'
                        id: 'aa6e6840424342ab9380482910c20480'
                    }
                    'property-outbox-claim-timeout-seconds': {
                        table: 'sys_properties'
                        id: '70babb95f24b4b0ea072e2a8f3c4ae1d'
                    }
                    'property-outbox-max-attempts': {
                        table: 'sys_properties'
                        id: 'b018f49594ff482fbdcee70a2ac5ecf4'
                    }
                    'property-rate-limit-default-pause-seconds': {
                        table: 'sys_properties'
                        id: 'e4907dd962a7472f86e6f3f8cefb8fe1'
                    }
                    'property-rate-limit-slow-down-below': {
                        table: 'sys_properties'
                        id: '9b2738f016c642dabdc8222138add132'
                    }
                    'property-retention-batch-size': {
                        table: 'sys_properties'
                        id: 'd97eed22352d4992991ddb1a4296e95f'
                    }
                    'response-plan-create': {
                        table: 'sys_security_acl'
                        id: 'b5423bd5831547579ab4f1728ba7097b'
                    }
                    'response-plan-delete': {
                        table: 'sys_security_acl'
                        id: '4d0b7348a9dc49bc91bcb414b7b7f936'
                    }
                    'response-plan-quickstart': {
                        table: 'x_incb_bridge_response_plan'
                        id: '4b5a2cab6bf04881b07e5d23f64dcc46'
                    }
                    'response-plan-read': {
                        table: 'sys_security_acl'
                        id: '60b7b32fbef648f1a8f2d56aa99251dd'
                    }
                    'response-plan-write': {
                        table: 'sys_security_acl'
                        id: '7dee34767d6340d0bf591c12c9a1970b'
                    }
                    'script-action-connection-resume': {
                        table: 'sysevent_script_action'
                        id: '33a08fb9d64b43599e8c21538ed8c63b'
                    }
                    'script-action-inbox-process': {
                        table: 'sysevent_script_action'
                        id: 'f5c04d1ded02457d842bb699d0d527f5'
                    }
                    'script-action-outbox-dispatch': {
                        table: 'sysevent_script_action'
                        id: 'c78ae90a53584ec18ae29400c0d77d8c'
                    }
                    'script-include-AgentApi': {
                        table: 'sys_script_include'
                        id: '0071861e79424e0aa6e723fc42834e0d'
                    }
                    'script-include-AzureDevOpsCatchUp': {
                        table: 'sys_script_include'
                        id: 'a613c492f74847b39b57b6caf99c53cd'
                    }
                    'script-include-AzureDevOpsHookReceiver': {
                        table: 'sys_script_include'
                        id: 'e642c708bd144b3185e07fde041ab020'
                    }
                    'script-include-AzureDevOpsSync': {
                        table: 'sys_script_include'
                        id: 'd58ff64084554012921675b265874594'
                    }
                    'script-include-ConnectionHealthCheck': {
                        table: 'sys_script_include'
                        id: '72ce37aee3b841fbb9aa1e2998ea3dc4'
                    }
                    'script-include-DryRunApi': {
                        table: 'sys_script_include'
                        id: '5b4fc893c21c457aad5e393dfe052aa2'
                    }
                    'script-include-HealthApi': {
                        table: 'sys_script_include'
                        id: 'af43020dbae54a8bae5168bc056f2ff3'
                    }
                    'script-include-InboxProcessor': {
                        table: 'sys_script_include'
                        id: '0fe7156ae4a740e2979b65462f109699'
                    }
                    'script-include-IntegrationLogWriter': {
                        table: 'sys_script_include'
                        id: 'b29585c3b637468ea7912b95cdf66d7a'
                    }
                    'script-include-OutboxAdmin': {
                        table: 'sys_script_include'
                        id: 'ed9d2321d97f404bbbe5e8e19eb76ec6'
                    }
                    'script-include-OutboxCapture': {
                        table: 'sys_script_include'
                        id: '336e95129f5145bcad6fd715c1ed2015'
                    }
                    'script-include-OutboxDispatcher': {
                        table: 'sys_script_include'
                        id: 'a7a0e0ea898a43bb9da4e383e5b2963d'
                    }
                    'script-include-PushCapture': {
                        table: 'sys_script_include'
                        id: '8a9bfad7bb444dfaaf48b9ea46127fdd'
                    }
                    'script-include-PushSender': {
                        table: 'sys_script_include'
                        id: '19989c3b661e4c38881ebcd87ab1cb74'
                    }
                    'script-include-RetentionPurge': {
                        table: 'sys_script_include'
                        id: 'bcfac3d8d5f0465b994fcdccb4755583'
                    }
                    'script-include-ValueMapSeeder': {
                        table: 'sys_script_include'
                        id: '3eb24025230f4b8d8c4b1e238df7f707'
                    }
                    'ui-action-connection-check': {
                        table: 'sys_ui_action'
                        id: '21b68c30db8f4f32b7f200e3c214b520'
                    }
                    'ui-action-outbox-discard': {
                        table: 'sys_ui_action'
                        id: '78c4a52057494a4a83aa6b1c9dc1f173'
                    }
                    'ui-action-outbox-retry': {
                        table: 'sys_ui_action'
                        id: 'e8907d50661a49eabfc8042ce6426593'
                    }
                    'value-map-create': {
                        table: 'sys_security_acl'
                        id: '0fa26041d95847928c0265908a7c97c9'
                    }
                    'value-map-delete': {
                        table: 'sys_security_acl'
                        id: '975d962959da49d593308ca0e853ea47'
                    }
                    'value-map-read': {
                        table: 'sys_security_acl'
                        id: 'd9abbc3b19014b3d9bb8a0d420e98b6a'
                    }
                    'value-map-write': {
                        table: 'sys_security_acl'
                        id: 'f42ce20b5fdb4c2d82779bc7011c0726'
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '007d8268678b4b949f7538290c82d36a'
                        key: {
                            document_key: '0f88f3977ee44036ab3c08ed1ae4db42'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '00ca29dbdb0048b9ba1225c386cecf3c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                            value: 'work_notes'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0105338442f449b4a203e97c5a0f7a43'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'unknown'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '01833daca01146fbb10f7f553ea56fa5'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '021a714205aa4ec0a5144fc230506354'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            value: 'internal'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '02674839be5e4835afe8650108899734'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '02fbe1166163460eb6a04477ba43bb9e'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'dedupe_key'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '036ec3d2fcb04d3f84e6b7c584651290'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03d144685beb4deeb3d86aa8e051cd8a'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '042b3836298e41c7b5077bdb36e16db1'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0431747bfdbf4be6a82f6d393b89cffa'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sn_value'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '049da2efbd834b8b95bb4051b35d9128'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '04aecf2cbe2a4bb78ce0131a7a2b0a4b'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'remote_value'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04c27f820ecf414ba15ca6d11cebaff5'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '04cd3bede34b4c2a950a8b8e71d9cf43'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_timeout_ms'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '04ea8860213749f9bb2578fc98b53de3'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'skipped'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '04ecc309589642aabb6122d4a2b45530'
                        key: {
                            sys_ui_section: {
                                id: 'aeafec6d86a3477b9c114f2559d609d0'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'response_body'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05df819013c4478bb35bdd9277ba2d23'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '061a3da875c4443e9662b29a19d1264d'
                        key: {
                            document_key: '3ca40311574b4eb3b2662928d7f8f895'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '06d7282124a3453887f0eca48ca6e3df'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '06e46d5117654564927dbacc67f4920a'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'processed_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '073b1e84c4f94b22ba25dae2ba612a77'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'support_group'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '073f87bf2c234fb5aa9b6fb229704335'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '99fdaff3fc42496cb3698bc74f305d1d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '074f7acbade84ce89a0900fc476522b6'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'basic_auth_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07650cc7e288424f98990e7e2888a42d'
                        key: {
                            document_key: '99fdaff3fc42496cb3698bc74f305d1d'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '0787d17bf5fa46e1a1a21935678264c4'
                        key: {
                            name: 'x_incb_bridge_log'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '07a2e39f5e454880b0eec1860e91c46e'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0848848a6f7b41a395f19e2015f88b4a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '089ae76a8bea4150b928bb26a8ac784d'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'remote_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '09ebfe3f57884b548caeba33ce8af52c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            caption: 'Endpoint'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a178e7de10144048b7dd3dc45a9a37c'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0a29c437f82c40a7b1b5d817b9b1e341'
                        deleted: true
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'a812b4672cb046058161eed8289de02b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0b33368bec004643a232bc6eba53a0eb'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_rev'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0b79b5d968ba47319847131ece55eef1'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claimed_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0c36edd4e58f4bf6aa7a9916daff04ca'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0c4d6e0dce8e463fbf0e84ccec89a4fd'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'failure'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0c9c51199af24ad09448bd249ace1102'
                        key: {
                            sys_security_acl: '545103b46c344a269245295ddce5a7c7'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cbd3e0c83ff4d7099e8b99b00b05be6'
                        key: {
                            document_key: 'd256053ea30a4f1a82d7e97e565f1800'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0cce8ce3e156495887e0ac362dec58f3'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'payload'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ccfd21206354b8698c0124e147f8150'
                        key: {
                            document_key: '5f48a6a04d84455a86062bc6ffb28136'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0d36720e5c33429db3b96780a60f497d'
                        key: {
                            list_id: {
                                id: '624c3c1f056741f59cdc4c332f607c54'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d5ca0f005104b16b26d1060d6d026dd'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_work_notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d75820644584de3994e007675ef76f9'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0da34f6620994feebb98abb3fcd6d23a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'retry'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0da4402dd2f949bc802f752a7a724036'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0dcdd436751d48a7ad66bd5e6cb0e783'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_headers'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0e03ccc517324ee3bd6268596f54881f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'base_url'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0e3f9a16aae7429a86f0f05021877baa'
                        key: {
                            sys_security_acl: 'b5423bd5831547579ab4f1728ba7097b'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0ecc4f1aabec4485b189fc351490ff03'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'base_url'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f42ac92ad804689b0fc0e8b1ba4321b'
                        key: {
                            sys_security_acl: '6114ee02702d49b39ec3b6752fed318f'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0f6b3fa4d3684a408fd276c055d276bb'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'basic'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f98c1b50bab4e1fa58d99f19a94c499'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0feab4f9d4aa4871afd7c918a7a08772'
                        key: {
                            sys_security_acl: '60b7b32fbef648f1a8f2d56aa99251dd'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '105cc83b34a94165a98039ea087102d4'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1100a4f9f0a44f748f33f669e2a77281'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'dry_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1117e4b56e534d74a9e2717c58647bd8'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11527c8232a54407b81289659b9c60c5'
                        key: {
                            document_key: '8329044141cb4de58eec9a26784d7a4a'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '115e1ea6bee541dbb6aca3d5bc20b27a'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_work_item_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '119dbf56128d4e4da7779a7e7b3439e6'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '11e805df03a84b9788d08e1055d8a7d8'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                            value: 'unlinked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11fced0a20d14aecaae3228c26c1e4d0'
                        key: {
                            document_key: 'be6f0727f3514d71b8805827b97adaca'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '12541b7597774a2083e322943b03ee74'
                        key: {
                            sys_security_acl: 'aeb4d0de73f6420582556c5c5ae9339d'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '125cd26908b54e659fe9c3e7a0ff165c'
                        deleted: true
                        key: {
                            document_key: '30704528f19a417bbd6c676db9adc919'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '12a4ec71b1334ed79a42426e21e86527'
                        key: {
                            sys_security_acl: 'ca623423fb8c4ff58e370e714f287aef'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12ee8d0c5df346a5918d5ba299a1e650'
                        key: {
                            document_key: '00f72e5586ca421cbede3d3dded60f78'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13bde4ae34454e37aead38e176c367e1'
                        key: {
                            document_key: 'ab567dfc733f4fdf8d4ab2351ba46c70'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13ee36c8d73c49e2a0586e5a13b899e4'
                        key: {
                            document_key: '24614fcd76b9415889325c138f09f3d8'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '14c317dd2874409e84d6e5304acb574b'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'operation'
                            position: '20'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '154338b044754cde9ca57fd6a844863c'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '156d1777acd64908b0771f4b165e02b5'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_inbound_rev'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '156e05c5c254466e87e5833673486cce'
                        key: {
                            name: 'x_incb_bridge_link'
                            caption: 'Sync state'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1575d9ea0db348b89413e0e2a1466f82'
                        key: {
                            document_key: 'b88e0220c58b4fdeae3802fe3d2433bc'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '159a39925cce466f811eb51eff3bd074'
                        deleted: true
                        key: {
                            document_key: '464c2f658912485d926cbd9cee7228ab'
                            variable: '523c79985f30220012b44adb7f46663a'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '15d457b90ef1489cbfddb4a32ec94d6d'
                        key: {
                            sys_security_acl: '4b883b83390e40cc85ef7eaad6a73148'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '15df293d25ab4c14a660080aa114d219'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '161a15d26f2948fd9e50d2ffa465e33e'
                        key: {
                            document_key: 'e1504de69f7140f3ab93512159ac0544'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '164030e235e544c381e48ee6c419f6ce'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '17028cb083d144fa9cd67321cb547568'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'rate_limited_until'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17a722283066444cb52376a37cc4747a'
                        key: {
                            document_key: '7d60f36f654a4e048940070a3eb57007'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17e1e43efddb4f44b4da8ad9d0ce3748'
                        key: {
                            document_key: 'ab567dfc733f4fdf8d4ab2351ba46c70'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '17ed5df30ea44d168fcf8ff3dff6f2b9'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'request_timeout_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1891f191bb9b4c8b878b2090178f86a0'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '18c2b7426a0643f393e930305607a365'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '19083a5b2bd84b08b12100a2b3cc2f69'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_organization'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19c80c10b4e340d18a78af612d34e66f'
                        deleted: true
                        key: {
                            document_key: 'bbeb06a84b0d407593eda9fe78788d3b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a8a34156d3a4bde8cdb98d1788e2c44'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'oauth_profile'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1acc5a1a22aa4f9aa2a2eb6c0b160937'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sync_direction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1ad92a64c9e4487f8af3bf6f420b28ed'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'error'
                            position: '19'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1b42ac96fece4524a1dadb45f9500b45'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b9aa3064a3a4c7586eb66187672e411'
                        key: {
                            document_key: '8ff187691e814cb38e0a5c308fd0aa26'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bbf9761790143968ef8230ae3a7ff16'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1bcd001ff12944b7a2d8548c1f10c692'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'max_attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1bf518b546e54d6ab1295d59120890f4'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_notes'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bf92b353aab4fa0af9a3165b25ee0a3'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1c289cce98ce4a62a13ae0e479f8b585'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '52d11883f331451182a99e1b836a1cdc'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1c3d7af0e39a4d08850b04ed95f5ca93'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cced10b9bc74d4dbd7b4af62e3dfc56'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ce8f6d4e21745739869a7f49ea28612'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1cff94684ba8468aa5a0804a297104d0'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1d15ed5d7d704812beb04ed5434279e2'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d2288308cbf4507b75549a7d4544fa6'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1dd33e56d711451187953f37585acc63'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e3909232ba540d8ae196b0b809f2682'
                        key: {
                            document_key: '5047b24c8aca4ce0bbbc086f83076ce3'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e9a547f87ac4051982dcc42656a5dab'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ed67ee15f2a43a7a03cd20a790a5269'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ee21d59514b4c6c9a6b03fc15949b6e'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e75ec9d42ab24b269522bb2fbe16af28'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ef4fd95d2a24ea7a960c7457932699a'
                        key: {
                            document_key: 'bd21fe45ae8d402ab3116fd912e0bb0b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f28dcda93154a979b19900474fcf6d1'
                        key: {
                            document_key: 'b88e0220c58b4fdeae3802fe3d2433bc'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1f5c79a6e959450a85b1e33a5a674085'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mid_server'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '1fb27889f4b8468aaadcf21c862602a1'
                        key: {
                            name: 'x_incb_bridge_link'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1fb8678d139d4ea3a8e2deccb80dfb73'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1fc091e46e664ef0867814fe2016e3f7'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_identity'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1fc39b2aee9741c787b4161689664f9e'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1ff37d96f5384543bf4882fd48506683'
                        key: {
                            list_id: {
                                id: '624c3c1f056741f59cdc4c332f607c54'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2036f61aff204df9ab7b761e2bf506c3'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '205d06ff4a0141ad9cb42d75f026fe27'
                        key: {
                            document_key: 'e1504de69f7140f3ab93512159ac0544'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2092c5c118bf42e68c099deae1b2c825'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_fingerprint'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '20d326e225af4cf2a9abd01a472aee88'
                        key: {
                            name: 'x_incb_bridge_log'
                            caption: 'Request'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '214a8fbe5ef14318a971a0179f9d4c88'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '215974f128244d6f813c2b56ffdfecfb'
                        key: {
                            sys_security_acl: '60339e6c45bf4f01aa04ce70fd114f1f'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '217cabfb2d83461db8db8f64318fd4ee'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'target_connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '218b4a2058d64a34b13579cc68af426e'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '21cba7b124d649ddb18010be283388d2'
                        key: {
                            list_id: {
                                id: '8bdbbd7e59494be1b655a17d337802d4'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sn_value'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21cd9f0284db4ea0adc26179967bc816'
                        key: {
                            document_key: 'd0cfc2889a314d73880af857cb38abd8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '220bd8f91fa342b5942f76d202882ac9'
                        key: {
                            list_id: {
                                id: '624c3c1f056741f59cdc4c332f607c54'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '220d853255ac40049c650686daecdbc4'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'ignored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '225a9cce48e64905989461ab4020d179'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'signing_key'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '232fdab63321478ba8168e93b615acc0'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '23b1c1c17db74108936dbcadcfd400ab'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'priority'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23de1e6fa7c1413e866a17d07bded4e2'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '24a747ea79bd4ceb927ac7b57bd82cea'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '642f2a2eb5744ca18e55677a2bfbad08'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '24e548b4c9814e5cb262799979bc937a'
                        key: {
                            sys_ui_form: {
                                id: '7915b0df2a6a430991b1949a646a13c8'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '20d326e225af4cf2a9abd01a472aee88'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '24fd529042cf4d17910775e9af9afab2'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '252244a3d4c0483c9013627c56ab9557'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'skipped'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2530c01714c247bd99bd16b7f2f29668'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '2561c48fcd854c58a33c1d4b3e2ff13d'
                        key: {
                            sys_ui_form: {
                                id: 'b31214e9ac214efab9bc3ce8a6a2bfc7'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25687fb779014efba3839476becf9ef9'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2609a80d3e204cce8516da5f921458f4'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'cmmi'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '26137df1863d4256b6b07ad624488368'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '26550866c9534a0f86e10cfa0be1ccb2'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26a9fdd10b574b08abaf5a7422361e45'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '26e1474059704c029442266112a4876e'
                        key: {
                            sys_security_acl: 'ab70370f6ff84298b68aa0e5d5c7a43b'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2802cb2cf0f24241998497c730041b88'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '28a8bb8949ee4ad498e323bf4c2cf1ce'
                        key: {
                            sys_security_acl: '0db7d655f9be4bc8a634e49090a34b8b'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '28f62579d99e4371a2eb42a8f142eccb'
                        key: {
                            name: 'x_incb_bridge_value_map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '294564ef687342078e566165ded80a8b'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '29dc65c6686c4d70b69004273f6e86ea'
                        key: {
                            sys_security_acl: 'ded8e0116c344852a7f6c8ed15c17ef7'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29fa5c4a78224d08891f4023fcb91b6d'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a0bd79068314b3e8c5684ea89416899'
                        key: {
                            document_key: '0d88d30e3f4d4fdfa20eb775d2cdaae7'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a0d01bacbcd44a3b27c9939f17434da'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'operation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2a7ed76985f74995b765ccabcab6ee42'
                        key: {
                            sys_security_acl: '06bd8edb44394481bf710b9dea7d100e'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aabac6b45be469ca1078ba2ef984f76'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2adae4178f6a4b1a87c9b52e352a2f57'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ae1aabc9f0e429b81020a4010fac116'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limited_until'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b0963bcb50b4a97a4e7a6b978f5ffd3'
                        deleted: true
                        key: {
                            document_key: '30704528f19a417bbd6c676db9adc919'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c059e5602894a7984685779df3ba412'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c7587f7de4f497d9c59b221d300dc36'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2cbf1f73a62a4fcd8a6029d6b02e9fec'
                        key: {
                            logical_table_name: 'x_incb_bridge_inbox'
                            col_name_string: 'dedupe_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2cd8aeedcb324fb3b6943165902e64d7'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_headers'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2d65ba7ce3b64088b07d5778cfefddc4'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2de6fdcc70174a7ab25497fac7056abc'
                        key: {
                            name: 'x_incb_bridge_connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ea6b0cb9e23402cb71328d0529a75a8'
                        key: {
                            document_key: 'fe6df009745244019d7c9f629a4edca2'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2f78632b448a4815af1f3f8e070199e6'
                        key: {
                            sys_security_acl: '7dee34767d6340d0bf591c12c9a1970b'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '310fd9bd862c41b3ae6c5e97e6bbaa05'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '317e26cdb5554c5eaf062bd4fc66ff3d'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_rev'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31962361f18948fd90a76a76cd50bf42'
                        key: {
                            document_key: '448a9a495e7345bbb0d55115f87d001c'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31d778ccdfd04e85bef00c328d76ff55'
                        key: {
                            document_key: '448a9a495e7345bbb0d55115f87d001c'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31ed56f384a841d7bc94947ff480d91b'
                        key: {
                            document_key: '4fa0aa344d8c498f90ae245c07189469'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '320e27a44d3346c6b9a0da88c9962f6e'
                        key: {
                            document_key: 'ab567dfc733f4fdf8d4ab2351ba46c70'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '323016ee1fd04c919686e4177a820873'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3271ff6570bd488cb76de41a8f09f417'
                        key: {
                            sys_security_acl: 'e0417ffc7d7a491a97bb4f318bfe9aa0'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '32798785b9a84650b578be271430644b'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'consecutive_failures'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '32a9a699411a41aca883ec97d730d196'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '32b77063ce4b45fc94dc9a8e78a949ce'
                        key: {
                            name: 'x_incb_bridge_inbox'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '32c2464fe43c48d98fc4af8ef4aa67b4'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_id'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '332bf590b55248b7b7d8fec1b29e861e'
                        key: {
                            name: 'x_incb_bridge_outbox'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '338a0953d7104ae18990ebb5015dad05'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '33a7f741e9324d6db7c27404625d6101'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'inbox'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '33e7796a4537414f88d2f67bec5f4d36'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'bd21fe45ae8d402ab3116fd912e0bb0b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '341177e754574d86ad693b5cf4f22194'
                        key: {
                            document_key: 'be6f0727f3514d71b8805827b97adaca'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '342c119c31ae46e7aea812405bc03a53'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'remote_rev'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '342d49313ed946548899f61153b09d5c'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '347527baf54540d9b431bc13bac3fe87'
                        key: {
                            document_key: '2ef1deeaf9f5421d881c83b3c29573f7'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34ae48005bbc4a088de79b6c6681c065'
                        key: {
                            document_key: 'bd21fe45ae8d402ab3116fd912e0bb0b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '34ed0f888efa499794b657a9149377ba'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3527e7418c21465e99d95c5d53f76efc'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '35778687748a430a97d4f3c504871cbb'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_journal_ids'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '366f340e34fc4b5994c7e284f96aa34a'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '368e8f93d30a41b58cd16cd3db071249'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3757ae077f8247f990768eb664605467'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '377361ebc22849e7bba118c9e208d015'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'ab567dfc733f4fdf8d4ab2351ba46c70'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '378d10804ed6473eaf9db23381012f3a'
                        key: {
                            logical_table_name: 'x_incb_bridge_log'
                            col_name_string: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '379ade18aa9248fab2d68e63401b0bbd'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '382f5234f299445dbae0ad32f0f3a657'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38bc4df5aaef456c8bb48d64d4113ceb'
                        key: {
                            document_key: '8329044141cb4de58eec9a26784d7a4a'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '390f585e2c1f48e990784ec3466ce50e'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'signing_key'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3937f074002d4cbda7217db59292615a'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '39d70fb0f6114d4ba20f1a0578c39091'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'catchup_watermark'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '39e2ba4d2d59411eb825222e9d4c53fb'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'value_map_preset'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3a42d809260049cfae46643a2b39dd81'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'event_id'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3ae384270db346338c69197a7cdb96be'
                        deleted: true
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '30704528f19a417bbd6c676db9adc919'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3aec7ce8cadd40fb9d1fa72f5ee31515'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '3b26c8dfc8af451a9424e442f857a786'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b433ff6a01f43b78b826fbb3920deaa'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '3bef5c44316e42daa3a85f75a365c77c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            caption: 'Health'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3bfc5de585ef4c60b2e549a197365d50'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '3c0bd717e6c7479aa91528a640574ede'
                        key: {
                            name: 'x_incb_bridge_link'
                            caption: 'Link'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3c6b8f2678724355a60f05d7d5a54ad9'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '5ca8060571cd4549959c27ac5faa13b7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3c6c989f69564db583fca865551d7764'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ce0413035e84877927e57aee28dd5b0'
                        deleted: true
                        key: {
                            document_key: '30704528f19a417bbd6c676db9adc919'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3d03a1a42571475d8c17f891356259c6'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'inbound_journal'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d28058053ea4893b60136442358e533'
                        key: {
                            document_key: '99fdaff3fc42496cb3698bc74f305d1d'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3d50df5e1e004a83a9009b0db81a85df'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d73679c7fc041158e0accb3ae265cdd'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e277985166a4343b715225797d1fa14'
                        deleted: true
                        key: {
                            document_key: '281601dad75b406093af9d16065d1360'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3e43042dba734a7b9566ea05e58b4427'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f2751bfcfcd43548efe3251cf9499de'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3f8c7e282996486fbc7fdcca526f3de8'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'custom'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3fdc97bda0754e42ade109d35c8a4042'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '52d11883f331451182a99e1b836a1cdc'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4020dccc20c14e8995e76a6680dacd2d'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'autonomy'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '40213bbd9ec041659155d70fdfea7c3a'
                        key: {
                            list_id: {
                                id: '9d6b621d37234a588249b53499093314'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4047e3de4e0d4fcdb8bca2208968e369'
                        key: {
                            sys_security_acl: '545103b46c344a269245295ddce5a7c7'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40a8f5b7940d459791a111a402c4cb9b'
                        key: {
                            document_key: '7361e349704e4bf4b168270b08fab0e3'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40e86a043d0f4310a49d3904fc6d3607'
                        key: {
                            document_key: 'd2bdb593dbb1412cb2369e8a327d013e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '40f89a6b161b43a8ae82a52f98d263f0'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_open_until'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '416032660e104ce3924471e5cd592ccf'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '418bae81656644ecba0a27250e94bb47'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_description_field'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '42056552e87b45c2a1e90b23e5886d5a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'endpoint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4211b5b276764041bda0c4b525b6a481'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '423b539e6e3c4e2f8252eca1aa157d9d'
                        key: {
                            document_key: 'e75ec9d42ab24b269522bb2fbe16af28'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '425542dfde934bb0a6db09685d0e839f'
                        key: {
                            document_key: 'e1504de69f7140f3ab93512159ac0544'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '42a1cf5eedda47309256a435a425cece'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'trigger_condition'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '42b5e867d2bc468aa04c0a47bf212712'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '17'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '4340a2f4169f4a2d83db1c7744c8d087'
                        key: {
                            sys_ui_form: {
                                id: 'b31214e9ac214efab9bc3ce8a6a2bfc7'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4352946c66f8465ab1ac95ca342ec402'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '4383072665ce4d25b9fb1e00373677e7'
                        key: {
                            sys_ui_action: '78c4a52057494a4a83aa6b1c9dc1f173'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '43a63cf57dff40afa39d2f71868c2ba2'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '43e06efad9174983b9a65a9d90d7eb52'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'sending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43fa238f9f744458ba1cfa88e60dd638'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '440d2f70ee114da4a7d8b5caf412e433'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claim_token'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44763f1c8b914858a6d36abacbbcefae'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44d42e5bf1044e41a12bba0e97be3030'
                        key: {
                            document_key: '24614fcd76b9415889325c138f09f3d8'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4507aececfd040038eb7c84a21a256c8'
                        key: {
                            document_key: '3d4f2bb9068b4fedb9f35d799f4f6391'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '450a4333af1d432dae004ecaf887ee40'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45b07de6b0ec4dc3a26e3f7739d134f7'
                        key: {
                            document_key: 'd256053ea30a4f1a82d7e97e565f1800'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '46198413f61148ae9ff1afc6cd0dd729'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'state'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '468f84755f424650a10f842421f93281'
                        key: {
                            document_key: '288cd715f931469aabdfab5ce912900e'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '46b819d1d0344d19b1300339e3563267'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '46d1624a389c4aadbf2199133859739c'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claim_token'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46e6d529acab4405ab90531a4761130b'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4762ca3e387e4a91ab897ac9b4c8f471'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '477debbbb44741e5adaef7bdd416450d'
                        key: {
                            document_key: '5047b24c8aca4ce0bbbc086f83076ce3'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '47da87a4c1af44b69a5af5b24218ab63'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'basic_auth_profile'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4815a7f8e47f460cb58ca20a0e14dfb9'
                        key: {
                            sys_ui_section: {
                                id: '156e05c5c254466e87e5833673486cce'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Sync state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_fingerprint'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48a3624aab9141bc89d1ecbefb8ae72f'
                        key: {
                            document_key: '5f48a6a04d84455a86062bc6ffb28136'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '48cef6d6d2144c82abce22c85023616b'
                        deleted: true
                        key: {
                            field: 'log'
                            table: 'var__m_atf_input_variable_58ab71985f30220012b44adb7f46661e'
                            id: '464c2f658912485d926cbd9cee7228ab'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '48f0c9a4cb564451a1a03d624e75ada7'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '493fd433b2f84c6aa6a8f7c211c09cca'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'endpoint'
                            position: '18'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '494e4f60e0114a48ad63eccc4177b707'
                        key: {
                            sys_security_acl: 'a6cf289fcc954af6ae345cbb71be6ed8'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '497fe69e21e24581a94887f4efa2aa7a'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49a9665cc9b349aebc912607f06f98f5'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49b876c163ab4f4cb03fed47634813e3'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sequence'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '49bd294d08d84545a8972c718fecb716'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4a4a52e394804a2db39cd567e070543b'
                        key: {
                            sys_security_acl: '79a2031a96434f119cfa745a8739a411'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4a4d95f28c424533962b56d8e4fbc3c4'
                        key: {
                            sys_security_acl: 'cc6272d5058a4d7d9b46e15dcee37234'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4a64657bb14a4b93809147174f206d0f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                            value: 'comments'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4acb321b454940f8a5cc19263fa6a0ff'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4b2984d9677b46a19e31558618fc6875'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'impact'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4b68607cb8b64764a1f4a125fffd9730'
                        key: {
                            sys_ui_section: {
                                id: '156e05c5c254466e87e5833673486cce'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Sync state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'synced_attachment_ids'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4b938c7582bc4153af325762dde2b509'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ado_description_field'
                            position: '10'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '4bd59c778cd045a0adfbaf43031060bc'
                        key: {
                            name: 'x_incb_bridge_connection'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4c44467b75d34d4e9219a0e8cd7819f0'
                        key: {
                            sys_security_acl: '0fa26041d95847928c0265908a7c97c9'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4cbed5f37c514245b87a90ae70ff7185'
                        key: {
                            sys_security_acl: 'b0a44227a5be4566afad7738327e0132'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4cd7c746677b421dba0a2224c03152c8'
                        key: {
                            document_key: '9a3c18436bdf4a22aaee0cd719d7e148'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4cdc65f52f8041c19eca9792e9f70873'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_headers'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4d09a00b81cd4439b0064959ffbdd37c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            value: 'both'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4d3c2e7f9d7f4231a1a201ea5c861d12'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'push'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4d3eb8f013ce48f9944a4ba8491edf6e'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4d401fef2de34d34a00cb48807c75e3a'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d48764831ba4eb6b1da5faf3957bc91'
                        key: {
                            document_key: '448a9a495e7345bbb0d55115f87d001c'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dc58da263714e51a2b49ff7ad86e3e3'
                        key: {
                            document_key: '6dc3e4dd3d174a40b59c40280bce7ada'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4e2d9974b314467f8ed6939d1342ce7b'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e2fc2ad1efb444e9271615d58a17d31'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4e83cbc18a754b83baae2025cefa4a22'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4ec70ca73f2740bc970fb85f7b295b8f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'max_attempts'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4efe2729346240db9d61d80632f64476'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4fa50e15d10e4b4abc4ef22b440d9830'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4fde3860a55d445a943459d4f61ab0ca'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5005a8abd9df40f6ba4f58946bdb8e90'
                        key: {
                            sys_ui_section: {
                                id: '156e05c5c254466e87e5833673486cce'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Sync state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'synced_journal_ids'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5058456131654fcab15860ec98c171c0'
                        key: {
                            document_key: '75003754158b47d6a44b1c92a6a6cb06'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '50cd08c05aa94f6b92f34b625570fb9b'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '50db07846547434da32d6c9bfd9fab58'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '510509e5821b427482b07911d93560f4'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '51298f90147a4aa98d5b178d383bc287'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '51533e770dd542fe940110d9672ec2b2'
                        key: {
                            sys_security_acl: '24beb2675eab4547bb6bd4c4392d83f6'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51928b3e8ef04a25833665dfd2c9f3e6'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_project'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '519d94a2129249d398b62a8c2572abc8'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5222361aa0e840c8aecb8b9039ab04f2'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5255e9ddae7e4ba8a086fcdd0c92a492'
                        key: {
                            list_id: {
                                id: '9d6b621d37234a588249b53499093314'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target_connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '52bb916507644d3b940756e59ee7ea77'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_description_field'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '52cc0a5196074c168c8244637e19ce6d'
                        key: {
                            list_id: {
                                id: '8bdbbd7e59494be1b655a17d337802d4'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52cdaf53bd444a79a63b63e4383afbe0'
                        key: {
                            document_key: 'df1665fa24e0474597f26175125ea3ce'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '537be3d90d8e4d7baf2bf04690aa935c'
                        key: {
                            list_id: {
                                id: '8bdbbd7e59494be1b655a17d337802d4'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '53a941d6ff604e50a43642bbee567225'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53ddd722da2a492baf29ab8699277330'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'processed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_header_map'
                        id: '53fbd63f57214ae991e68bc5a2adfccd'
                        key: {
                            web_service_operation: 'd208f50adfce40e391aff2a947fe466b'
                            web_service_header: '7b8aa1aec8544dd8ae5437b9ef909912'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '540f4b20be3741848948eaf77b36f4ca'
                        key: {
                            document_key: '8ff187691e814cb38e0a5c308fd0aa26'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5450f33991e9497ea123756cc161e3a4'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '54a8217c24514034ab0590284ff053b5'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'condition'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54c40a0abac64a4999300bb1538aebdb'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '55c3a1dba91645a4adb1d4071d4f1188'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'processed_at'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55fd931924704192806b45d49feaa86e'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '562ae4b77fa84f8989b80372345f3ff3'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'pat'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5633142705e746e3ba6459987995690d'
                        key: {
                            document_key: 'b88e0220c58b4fdeae3802fe3d2433bc'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '565b1d5159fa4e339226d3cf1194a4ba'
                        key: {
                            document_key: '79cf5fb20413432eb28f0ab04cf039a3'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '567e5edf76a84c038c81dda93c52a8f1'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outbox'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '5693ce487f824145b43528151bb5918c'
                        key: {
                            name: 'x_incb_bridge_log'
                            caption: 'Exchange'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56de0ae7c39d497f90565daea1c53068'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56eeff3acb6b453db59d2f75412fd05d'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '57297be8b3e34e178b72002099689084'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'caf060241032465b9ed908a66c613d53'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '579026d5cca7429ab2f32c5a3cbc4844'
                        key: {
                            document_key: '0d88d30e3f4d4fdfa20eb775d2cdaae7'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57d098bfd0964460b49c44bca13dea3a'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57ed6397a0a24a479b15fb48b41b7c28'
                        key: {
                            document_key: '84d27e7a034343afaa3f2dace4065f8d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '58114790e087499daa5128a747d2bd82'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5832f3fff5ad451f8d6a6867597fb23a'
                        key: {
                            document_key: 'bd21fe45ae8d402ab3116fd912e0bb0b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5844b425320c4ccd9db329300ddf68b0'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'b88e0220c58b4fdeae3802fe3d2433bc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5851f9890fd1455fb09a86397b4cd498'
                        key: {
                            document_key: '99fdaff3fc42496cb3698bc74f305d1d'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5942d06d595b4a02aa8c4f6611f754e8'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5949fb3e11db4a6f878c5fe9cc5a1674'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a3aacfc93a54ff292f19e19870206bf'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a3c0b926dc043b3a3312e19119cf164'
                        key: {
                            document_key: '2ef1deeaf9f5421d881c83b3c29573f7'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5a550e0c77c045cdbf237f225242b4f6'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'oauth2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5a7c3306ca824a77bf145ed0d476ec68'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'direction'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5b065e6055c84a3abe366b6a395479ad'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b5137d43e4e483f94b9f79dcf662d4e'
                        key: {
                            document_key: '0e3eb2acc03f4e94ac3a88ac850b5b7e'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5b78e7109bf64e15a1a46e1bacc97e27'
                        key: {
                            sys_security_acl: 'd709a00f97c0492596b7fd7fd9a74845'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5b8223394cc24d788ff28468298ea078'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5bcb4357cd3548c99db101158f289653'
                        key: {
                            document_key: 'ab567dfc733f4fdf8d4ab2351ba46c70'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c17310480394af1bbbc598d9de5ded9'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5c903a158a3841499bc2673936482b10'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '5cf67d1745a14f93b4fb276b4db29022'
                        key: {
                            sys_ui_form: {
                                id: 'b31214e9ac214efab9bc3ce8a6a2bfc7'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d7be31d964c42dca3882bfcf77950ba'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d917cbd45b0444586f54175197b6868'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5e2143583a0742b1b3670c780f9abd59'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e359212f3f043c19c663457947cce2f'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5e84d166e089499eba2faf73439d8db7'
                        key: {
                            sys_security_acl: 'ab70370f6ff84298b68aa0e5d5c7a43b'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5ed4276acd0b45ce8fa9d3551f3c8b59'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5f5b51dbcbce477585855a29430784c1'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sent_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5f7b844309ee4af8874e8a76fc90753a'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claimed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5fca75d190b644d683a85d65768ea562'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6015f8b08d7d40b8b567c0c8fe500287'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '602b2fe3b162497e90760bc14553fa77'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '602b8998e13d4593913b87b7b9d4974c'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ado_work_item_type'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '608a0bb57c044b04b6ec0a069f5c7c63'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '60f3b3cefeb3439d81bc1743183bde0c'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6141af56b3e84a0c8eef72ce65fcc527'
                        key: {
                            document_key: '81b4adcde3984eaa916e207ada595ef1'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61497c749a0742e4b4dbba2ddaa47592'
                        key: {
                            document_key: '1cea790155c54908a7d35ab6d3018387'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '61e1682c15be41c7a4dde2f858a4fa8d'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_work_item_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61ff6c74422e4e1ba6e43b6a8ce9098b'
                        key: {
                            document_key: 'd2cb43793bf445a288e3fabd54d17554'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '624c3c1f056741f59cdc4c332f607c54'
                        key: {
                            name: 'x_incb_bridge_link'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '633b843474e7417e9617a1972c1eb748'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6393a6467a564e9192d91685c8baed08'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '63d5a22d0ac94b72a8082f7ecc513a1b'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'circuit_open_until'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63f34e4a702d40e88341d3d3573ddda0'
                        key: {
                            document_key: '4fa0aa344d8c498f90ae245c07189469'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '645cc4351a2a42bda40bdec08393d7ce'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'scrum'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '647b892031b54e2a8fe43a8220e99dc1'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_project'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '64f5ac8535f44df581fb72a16c904b90'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '656fceb9ffae49dbbbe96288e449ec2a'
                        key: {
                            name: 'x_incb_bridge.agent'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66c2b95153f64fd7b245f6c52abf4898'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '66cc63da026e4cacaa8accb7e13c3cbb'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_organization'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66cddcc2f620442d9437d73e36fba947'
                        key: {
                            document_key: 'be6f0727f3514d71b8805827b97adaca'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '678b0c53375b492b83e71221868e26fd'
                        key: {
                            document_key: 'b8aa3ddbe50a4952b162611b386053f7'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6799ba94580f4bae8befa59b2cda9a81'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '68c295c2bb0d48c8adcab74c3c00dd95'
                        key: {
                            sys_ui_form: {
                                id: 'b31214e9ac214efab9bc3ce8a6a2bfc7'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '690974e33402490991146a35ec5125d1'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '696039c298614cd89e62ef2001717d24'
                        key: {
                            field: 'element_value'
                            table: 'var__m_atf_input_variable_afc114199f132200ef4afa7dc67fcf64'
                            id: '0d88d30e3f4d4fdfa20eb775d2cdaae7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69d5a04daa564a8b9eff92b5555d0841'
                        key: {
                            document_key: '7361e349704e4bf4b168270b08fab0e3'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '69ddd5bd9c284e4f857f2c2d651b4024'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '69edb736e9ef47bbb047f722233cbef2'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'condition'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6a17e2cd183148729fd69a78df7a2041'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '92520546623f4d9b912847ed75cd2353'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a5d8764641248dbbb5292d0d7565c4c'
                        key: {
                            document_key: 'd2cb43793bf445a288e3fabd54d17554'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a929ac3be4c4cb8a7a8e1500516c9cc'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_probe_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6aace8dac2604868b9293697bb9be254'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6aef485fdbf142efa698f2d177145091'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'label'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b2e507237be40a397f42ce5dd017803'
                        key: {
                            document_key: '6dc3e4dd3d174a40b59c40280bce7ada'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b3ea19c22bb4bedaf1d6fec70006d58'
                        key: {
                            document_key: '92520546623f4d9b912847ed75cd2353'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6b81e04ddd1d46f38687b5a8eca041d9'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'endpoint'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6b8b048d1223467da2776a94d92043b8'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claimed_at'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6bb0faef79fe45bb9ee284d0c86ba906'
                        key: {
                            sys_ui_section: {
                                id: '20d326e225af4cf2a9abd01a472aee88'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_body'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6bd2bfbc2c38483a853688d22fdaeb94'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_id'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6bdad11c03354accb5913ec4adad13d8'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6becce0bb2a94a5ba185eb2ec5780878'
                        key: {
                            sys_security_acl: 'ec55f13ea7d94e6e8a24d9e4dc7db54a'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c47ae304cba480684abd25d96737828'
                        key: {
                            document_key: 'b0d171923dbd423e8c0689ca7053b897'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c751c0e628c4619bb1a41f21b098cd1'
                        key: {
                            document_key: '6dc3e4dd3d174a40b59c40280bce7ada'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                        key: {
                            name: 'x_incb_bridge_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6e522da88ad5460b9c683d75f5fa105d'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e5c1093d5b046a1ae66882159e7cff0'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ec37ff276ee46888cdf06704a7fbcb2'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'dedupe_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ec6ed8ed3304d4c913b950cf976e81e'
                        deleted: true
                        key: {
                            document_key: 'bbeb06a84b0d407593eda9fe78788d3b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6ec9b69fadab482eb661daadd37e23ce'
                        key: {
                            sys_security_acl: 'aeb4d0de73f6420582556c5c5ae9339d'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f260c43002441588da7e392e0995b8e'
                        key: {
                            sys_security_acl: 'fddbb60ca68d4d3798585e5fb3acff5c'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6f3606fc151b4f1c8bf256624ae8e9e1'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_open_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6f46505985b34e4d9118627e1e233507'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'c8b01850afac4fb3a4feca2c1d775ec0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f691e70027c4f889a4f13c72b7083c8'
                        key: {
                            document_key: '3ca40311574b4eb3b2662928d7f8f895'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6f8d4102391941db8fc186abd4b8c44e'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'direction'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7006ca988f8a4f8abfc16a9e4072db46'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70605e6127324694880ff534ca160d86'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '70a947311a6f4b25b97bd05210fad7e5'
                        key: {
                            name: 'x_incb_bridge.integration'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '70d03b7e27c7466bb0e696666f1bf9ed'
                        key: {
                            sys_ui_form: {
                                id: 'c3be93997f044cc19d2d9c9ec4acd972'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '156e05c5c254466e87e5833673486cce'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Sync state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '711afa576ae94ae8922019da76d9e379'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'duration_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7121ac6b8f3140698127fc1783f985ce'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '719b07bbbe6b411682be817744338824'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'processed_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71bd2ae4477b4721ae6cf3429fe3c672'
                        deleted: true
                        key: {
                            document_key: '9fa2c191f7b1458fb6fbe39b53cd6c35'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '71ccd719b0b74b038e9af395c5fae8d8'
                        key: {
                            sys_security_acl: '60339e6c45bf4f01aa04ce70fd114f1f'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '71ed87d7335b4aca9942f24d5f71e477'
                        key: {
                            sys_security_acl: '975d962959da49d593308ca0e853ea47'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7237d302bb3a4622923b11a2779c8384'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'condition'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7295bb3c97024de492d4325b8862372f'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72d43a8ff3e341459d2fd2bc8d6881bb'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '732f9e65f7c845869aa15dcdcbf896d0'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '740b50ec0965446294055fc87298a226'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '51fd94650dc041a6a03d8d60b11ca501'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7435a3bd6fe84017a8a4db0017bbe3b5'
                        key: {
                            sys_security_acl: '28fafd0102144058bdb6fb642a4aeaa9'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '746ac409bbdc434aa54b6fd60349d982'
                        key: {
                            document_key: '26f1d08f414e4619988d681dca4a6034'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7514aa30bb664ebdb35e114877bd9aa3'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '751826651bb549e8ab08e50b0e508d9a'
                        key: {
                            logical_table_name: 'x_incb_bridge_inbox'
                            col_name_string: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '753e660bcebe46caaa09833df6f5a099'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '755eec6fd4b54858958655700504be68'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75cdf88035bd4b6b8cfbb29f543ec5fb'
                        key: {
                            document_key: '81b4adcde3984eaa916e207ada595ef1'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75f5c3792d44475b81092d88cbd5b981'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '761fe403d6bf4a268c7cd49b92c52c45'
                        deleted: true
                        key: {
                            document_key: '281601dad75b406093af9d16065d1360'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76b2c8f913c74757bd5e25019831f9e6'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77547a2d35e341eb84e84320d75d3949'
                        key: {
                            document_key: '0d88d30e3f4d4fdfa20eb775d2cdaae7'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7767ccf3fc0b43f0a91c2f79127068b5'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '777dec8635fa411698efd8ab4212fc52'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'duration_ms'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '77a94e216e61408aa6bb908bbe28d871'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limited_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '77ca7dbdb14f47d982be84c9a5da2d00'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'mid_server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '77f75656a81e4608b4adfd767c9f8140'
                        key: {
                            sys_ui_form: {
                                id: '82d414bf5efd4cd898404f4ab0f13c1b'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7811fa5cd0c5468bab5d18c87d62365a'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'attachment'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78620eb9caf54c229ad10d6dffd26dd6'
                        deleted: true
                        key: {
                            document_key: '71d44b46d669488994513b4d4e66ebe1'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78a8695108514fc6975b9ac8893886de'
                        key: {
                            document_key: 'e75ec9d42ab24b269522bb2fbe16af28'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '78c52fe20e10449190abdfc3eb7c175f'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'health_status'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '7915b0df2a6a430991b1949a646a13c8'
                        key: {
                            name: 'x_incb_bridge_log'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7934d398522e4185ad618bc69d62ff41'
                        key: {
                            document_key: '43432b777a7d4508b5ca8a35fdc763c2'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '79d4911b97c54574862cbaba10e8dd43'
                        key: {
                            name: 'x_incb_bridge_log'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a0d0c66388d48518a71404810ee7095'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7a51ec7379ee436c85c739f8d8577df1'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '7a7bdeebf4fe4bf19f5b77ac48aeaa4e'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7a85c130a17e40bba64c92daff40828b'
                        key: {
                            sys_security_acl: 'f98734385c7b48e4933fe6064b75f142'
                            sys_user_role: {
                                id: '70a947311a6f4b25b97bd05210fad7e5'
                                key: {
                                    name: 'x_incb_bridge.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7b4adafdde714b6bbeb98a84da837671'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'trigger_condition'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7b6845162bf64e9fb19e727f7b936b0c'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7ba23a0de295463bb3c252d1c53861a1'
                        key: {
                            list_id: {
                                id: '624c3c1f056741f59cdc4c332f607c54'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bbd2a8df46c488ea06276a829fc38e9'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bd1187d7d3e444b9fcbadbf53d49f61'
                        key: {
                            document_key: '26f1d08f414e4619988d681dca4a6034'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7be9b36a013f4ea795c330d11560d2f2'
                        key: {
                            sys_security_acl: 'fb626e4960b44b919ddf3dfd1746ee01'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7d35d32a3668426faff97868aa4a7af5'
                        key: {
                            sys_security_acl: '1711f827c8694d7eace6197c0ea2e9b2'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7d9ade645d654f80822f8ef6bbd7d84c'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7dcf248714c6468a8bdc4324092d44c1'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7dea03376b28423e8573a47791fd9e6b'
                        key: {
                            document_key: '6b81c6d8b0a140ac940e776383750f6f'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7e23577f71d147519e921c50cae4c539'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'type'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7e5183cc6c5644eb879871ae9292028f'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sent_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e5bf86bd97c46dba7a5fc62b5aed920'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_comments'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '7e848f12c4e24e73a8e00d642cdbd0a5'
                        key: {
                            sys_ui_action: '21b68c30db8f4f32b7f200e3c214b520'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ea2b80a659a4efe9a47f8db597610dc'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7f39084052374df3afc54bfb64680d6c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '448a9a495e7345bbb0d55115f87d001c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7f5806aa283940dcb04e00bb4fccc2ee'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7f9e80942de547cd9299625ae6229cc2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '99fdaff3fc42496cb3698bc74f305d1d'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            caption: 'Value map'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7fc640c5e5b94e6fb6733061de8f203c'
                        key: {
                            document_key: 'c400e3bf81f84dae93906742e03ef80c'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '803d8b21970146dfa9f35918a77fed24'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claim_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '80423bcb44cb43ceb81458273cc463a7'
                        key: {
                            sys_security_acl: 'fb626e4960b44b919ddf3dfd1746ee01'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '80ae015b68cc40769f50e9fecbe08ff8'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81700413b9894d1cbccd00da9f984a98'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            caption: 'Response plan'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8203b4f5c1404a7fa31fdc14220b44c1'
                        key: {
                            document_key: '08ef10366c1c4c04b92a65f5416e30e2'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '82d414bf5efd4cd898404f4ab0f13c1b'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '82d5db1495524b78b30eeb38b8ab3ab4'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82e5fab2720d4788bf4c0426322bb092'
                        deleted: true
                        key: {
                            document_key: '9fa2c191f7b1458fb6fbe39b53cd6c35'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82fcbe46bab1478aaa139b9e95b5638d'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82fe1c100457488cb387768547fa1e09'
                        key: {
                            document_key: 'dbccbd1438174fde80907bffeb6381d2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8349ef96e02e4c8389284bc9be9bd9fd'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8360735ade964a1c9fe2f39c4d83d72e'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '836be30b9e5f4647b33cb22e9d7e8cc6'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'inbound_secret'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83868513fa3a41d7a7c801e878e1cf02'
                        key: {
                            document_key: 'b88e0220c58b4fdeae3802fe3d2433bc'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '83dda8332f314abbaa6326864230a5f5'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'comment'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '848cfd1d0c7c48c682cb7397aa86b4b7'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_secret'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '84a0ae0a4adc465181fd14eaa9b1eb15'
                        key: {
                            name: 'x_incb_bridge_inbox'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '84cd4b6e50d343c993f340d27f681611'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_headers'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '852d24a343b7469f864bc331fa141195'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'endpoint'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '85337c8b644340a5b088b8fb76268691'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'catchup_watermark'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '854af48cbb2c47b488232a78155e6593'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'operation'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '85e51d358c1a42adb8fd44561df47205'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_rev'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8668743e9c64413f9baaf06269f6789b'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8684603761b0421aaa155c6b37cb2a6a'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sync_direction'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '86abd0cb7d8d4c44a240cde1778ac045'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'dry_run'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86c67aaf06f14c068ff9ab2f34e5920c'
                        key: {
                            document_key: '3d4f2bb9068b4fedb9f35d799f4f6391'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86c704e731c4480bb78a3ecfa87aca23'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86e6b3be313c4ebf9e2c240509bd4414'
                        key: {
                            document_key: '6dc3e4dd3d174a40b59c40280bce7ada'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86ff26a6639449a5b828b05cb45af227'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8750ba3f96c5427099e5b24cbf5c2a8b'
                        deleted: true
                        key: {
                            document_key: '14c72244e74044679040ae948de10323'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87d160c3fb2a487697035dbb56700448'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limit_remaining'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '88116664a6d44e988efa0b4f8efe156e'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '882c4186cdae42489f4cd6764f5e29e3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '8ff187691e814cb38e0a5c308fd0aa26'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '88edab88f2834c10ac88e4e1563e7b6e'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '890660c6ae7e4209a5dca2f8fdf63455'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'rate_limit_remaining'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '89228c671b0345c28194fc50b1c1f780'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'catchup_watermark'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8926db268ec145e88ffefb4225d8ee02'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'remote_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8933d9184137409ca9b6805055cbbd75'
                        key: {
                            document_key: 'e46d60c01e2d4fee814236db8fe45350'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '89397c3d587542deb347bc951902db50'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a2514f9137a42ea91cad4b22535d415'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a496691a8f741ce80f9ed1b6ebc4d45'
                        deleted: true
                        key: {
                            document_key: 'bbeb06a84b0d407593eda9fe78788d3b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a675f51d99848ffadf1318972ef5ae2'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8a974e9bf8af41e2bf986038984daf5e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '4fa0aa344d8c498f90ae245c07189469'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ae9330a0a3d4275859ef80b7174f256'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b4a04b3f861434483163cd1c6f150d4'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_inbound_rev'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b6b046d437d4fdca0deed9adad46345'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8b7ec9cc3dec44079ff8f1deec367a64'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                            value: 'linked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8ba792e4f65042f788b9b267ffd6721a'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sent_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8bb8cefdb1194089a1fddfe19845fa7b'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8bc2eacb2c8b4aa38a5746326e2c7f78'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'update'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '8bdbbd7e59494be1b655a17d337802d4'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8c2a98458f4640ca920bb615cf0bff4c'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'max_attempts'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c989329b1984dc0a2cbd6d489a06aba'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c9b0dc9eb66417eb6021628f3b6da48'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8cceee74daaf43aaada75d02e233c738'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8e1506d9654f4952828bf7a373fdb250'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e8b8349bb6743a793a9b536c481be8e'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91b4c4d6f02646a9824406466c948b84'
                        key: {
                            document_key: '71c64a1ca0a547509b7e1368a55de94e'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '91f5e5fd685b44d7bd8630b0e67e215b'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_value'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92058d9938084b0394dc255593b3410a'
                        key: {
                            document_key: '84d27e7a034343afaa3f2dace4065f8d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '927feb2b1e90490c928fd37a2629a5c9'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '928fda5c57e44cebb856f7b15e40819d'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target_connection'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '929475cda8d84e3ab4f445efb0cdec44'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92ce0d978f694ad1aea79c837f575372'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92e7a5e6fd6543dc9f2c621fc21075f3'
                        key: {
                            document_key: '0e3eb2acc03f4e94ac3a88ac850b5b7e'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '933ac127cb3d452a9831d08cc1be0ce4'
                        key: {
                            document_key: 'c400e3bf81f84dae93906742e03ef80c'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '93825c66fca34ccdbef358580c26ab98'
                        key: {
                            logical_table_name: 'x_incb_bridge_log'
                            col_name_string: 'connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93e2970de2bd43e58094733fac5ba070'
                        key: {
                            document_key: '99fdaff3fc42496cb3698bc74f305d1d'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '93e9aeb225f44090a40585c1151a1d3f'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'health_checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '94356d524f4d4c40a8d6334973284baf'
                        key: {
                            sys_ui_form: {
                                id: 'b31214e9ac214efab9bc3ce8a6a2bfc7'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94c08d72a20a41b694fb536deff5b87a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_body'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9578111d403348adbe597e8dced5514e'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '95bb70bc4b704204b10086d6d2785e54'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'remote_identity'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95e5c35ca05d4dbcabe5da1b2e053a7d'
                        key: {
                            document_key: 'be6f0727f3514d71b8805827b97adaca'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '961d4c2a81bf4f4e8e03c80f79fe1646'
                        key: {
                            logical_table_name: 'x_incb_bridge_link'
                            col_name_string: 'incident,connection'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '96329e7e13d9490d8247baeea0c6ef3c'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sequence'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9670ce1a715d4177981e214dcc17130c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                            value: 'azure_devops'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9695bfc27689458a846d6b08d706b650'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '96cba0ebcebc4df2b79fe4d9c27df73a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '96dc36f095264da08863e9a51f889ab6'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_secret'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96e6e01a0c7a4e608892e1470d490f05'
                        key: {
                            document_key: '08ef10366c1c4c04b92a65f5416e30e2'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '96f5d7c44b474f0bbee5579e387bc456'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '979651670d1b477aa8c254f1be635409'
                        key: {
                            sys_ui_section: {
                                id: 'aeafec6d86a3477b9c114f2559d609d0'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'response_headers'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97ca114ee8b64cb096ee62392fd0dc70'
                        key: {
                            document_key: '245a9abf7dcb45179c8ae0dcfb0bb0e1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98033d3f81db4cf480163981eeac5f56'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '986fbf2a56f2422aa40d072e63e280dd'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98c57f43694b489da00d1184cd658fef'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '98fa5274621d4f6eaf54c4d6cd089127'
                        key: {
                            list_id: {
                                id: '624c3c1f056741f59cdc4c332f607c54'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'remote_rev'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98fc5db4a7734f35804b386363df7701'
                        key: {
                            document_key: '1eee598d6d9a42e2aedde4246b6f96c7'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9967177721f64d3aa8fb5dba7a65b39d'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9999b45d9748424da3c5443e8a7df67f'
                        key: {
                            sys_security_acl: '35d1a75536ce451798690e6f0e510bf1'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '999fac5e2c984901bef27e71e5f2cff4'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '9a5f37621a0243ff9834863e526c503d'
                        key: {
                            sys_ui_action: 'e8907d50661a49eabfc8042ce6426593'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a9de99247a342dda70b50e3ce20e5ad'
                        key: {
                            document_key: 'e3e2928737704754ba5fdfd65ec5979b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9add89d263834057ac99c29adf73923c'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9b11f47add724e43b54cd60d91bf21c3'
                        key: {
                            sys_security_acl: 'b0a44227a5be4566afad7738327e0132'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9b17156e31454b03b44a6ca98b86062d'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'agile'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9b21684a3aa3469192ccb344cd771715'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bb44ba755454aaba4c22e19dc1afd54'
                        key: {
                            document_key: '3d4f2bb9068b4fedb9f35d799f4f6391'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9bee86c9398d4b90b03539fa2d6d6c8a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c3f49953de74bc9a8a8f9d65f492603'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'support_group'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '9c8780e00b7242bfbd25ce49a9638457'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cc9c77e94194201804db7d0faf20904'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9d1ab4e060c94fe493cc249054cfc837'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'basic_auth_profile'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '9d6b621d37234a588249b53499093314'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d8f45ecefe5426d95da2f5989a67a8b'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9db813aa664949fa9499164163235e69'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9dc43fb68e7141a7be7fb3b9038f9c6a'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9e30b8247f4b42e79cc21cfc45f0dc84'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'outbox'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e314a14005147b7913e79d26fff8331'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e34351e42ca44558f5cad90eb84043e'
                        key: {
                            document_key: '1eee598d6d9a42e2aedde4246b6f96c7'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e929169a6ec45caa28d9644f1760644'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9ed913378caa43f2805f0241d91fb908'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_table'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f534548d51f4b7d90c31515faa00df1'
                        key: {
                            document_key: 'fe6df009745244019d7c9f629a4edca2'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9fb6273802fb417ea75071028192ab67'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9fd4741e277f4075853cb83550e7fe48'
                        key: {
                            document_key: '0f88f3977ee44036ab3c08ed1ae4db42'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9fff2d40566a4c8b9737830d7d086872'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a08c820ba95d47cb90400ff5c4780593'
                        key: {
                            document_key: '4fa0aa344d8c498f90ae245c07189469'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'a0ecae948e9f419fb8ce989ed914b605'
                        key: {
                            sys_ui_form: {
                                id: '7915b0df2a6a430991b1949a646a13c8'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0ef0c2a91804fa49801fda5cd6cc39e'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a0f049588a084419b1caa4e54a484944'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c400e3bf81f84dae93906742e03ef80c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0fdf55785004d45a9dd9bf54bc166b9'
                        key: {
                            document_key: 'c400e3bf81f84dae93906742e03ef80c'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a11021dfc284491c9ea707c8670631d0'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a13b0b5ea3454033b84e055394e0a3d6'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a161dd15144b4744885789f87ecef1d5'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2017bbe971d49ada05ca4015cf427b6'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a20e39ca1b6f4c37b02d93c46e01ad81'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'dry_run'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a22e0565cd984de1962a26a0017f9093'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2a2399bec314133ab2b02b3fa2ea3b7'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2d7fa9cb3e7444297dc02c4b2670478'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'oauth_profile'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a3013ce8c756446296cb7c489e4344c7'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a345066acf9a40a1b172d92439236727'
                        key: {
                            sys_security_acl: '1711f827c8694d7eace6197c0ea2e9b2'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3568f42cf2d41fa8081a5a15e41ffb4'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a368a37664db4f21b83d466ee1ba38ac'
                        key: {
                            document_key: 'd0cfc2889a314d73880af857cb38abd8'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3c8f676ae334759b33ae59e364327cb'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a44d45c50163498e802e7790b13f3cc0'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a469cd96922540968ea65f1f8bf7576a'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'sync'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4929dbaf89d4a7bb2680ff6392e3d5a'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4a80a2db95943e591ca9061915df7d2'
                        key: {
                            document_key: '41ca4fc0d6ea456ea978fe055d188346'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a4f2f672d55a48f0b32f53a9ca9ebb00'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'autonomy'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4f85cb3529a48f1a5ae6c5c36f4d75b'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a5520633026e48bf8b968d2e088b37c7'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_work_notes'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a58bdf45cbda4ee9ba98d3bb59c37259'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5948b3a90d54e2fb34ff0ff3f08b231'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'a5ba44c405b74747a607f66baf7b23ad'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5f622ba33aa425aafaaa93cd15eded4'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a646f88b3a4b4e87a7a010dc90ffa39d'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'close_code'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6d3aac6a67c44b4bb4a12b1311b0fa3'
                        key: {
                            document_key: 'd2bdb593dbb1412cb2369e8a327d013e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a72dc1f540db4211bc21be3b4269d6de'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a73b5c7132cc407b8773af4bfe097dee'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a74e8284ad81495680c1bea972e4dbc0'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a78eeba9c03540d29736e748522bbea6'
                        key: {
                            document_key: '81b4adcde3984eaa916e207ada595ef1'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7e9f5d04f2a4d1aae66e121f9dd6a99'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a81f27bae54241cba6ceb906d749344a'
                        key: {
                            document_key: 'dbccbd1438174fde80907bffeb6381d2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a854e7c61d7447b79aa4b00a8f631aa0'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ado_project'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a95ed7d0266240cb829cc0ce31bc6c78'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a9d1b63408f547058a0b518e34852246'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempt'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa35244cea634a7d970ac144e6e0d7d4'
                        key: {
                            document_key: '2ef1deeaf9f5421d881c83b3c29573f7'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aa3e2aff9bbb4488a2c58cd16baecf0d'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'incident'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aa4e425383c7459090de1d627e439feb'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_rev'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aa86cdff333d482e8eb5502a6edf90b5'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'base_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa9ce7cfbd6b4a7da520e78ad0812f59'
                        key: {
                            document_key: 'e3e2928737704754ba5fdfd65ec5979b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aa9dcb701d474ece9e79cf5f82c0cf31'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_rev'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aab009c793c54202a86d3114cf8b36b9'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'payload'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aac59cb9b0544b1f896d28709a6eac0f'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abd77e56e9b34430a6ce88aea274ff32'
                        key: {
                            document_key: 'd2bdb593dbb1412cb2369e8a327d013e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'abecd8b8979048ab91d6c6eceb390f5a'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'abf00912982142c48c7d08e2ba7b357a'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac2b5d30e8e04d42aa681135edb8c79f'
                        key: {
                            document_key: '0f88f3977ee44036ab3c08ed1ae4db42'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aca045e4821146fe8552b6eed71e1f54'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'acae6156a2aa4b5bbad043496282efdf'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ad3df76f23b849f9b3ece96ba405507f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'support_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ad8c56b69fc84c3dab533835084adc4e'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                            value: 'webhook'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'adeaa76f3d804a1c9f0e85d25575a3b7'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'e3e2928737704754ba5fdfd65ec5979b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'adf5997d403a49fe961db8073ed6ba27'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'consecutive_failures'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae3b294959f84635ae3746756c7b3419'
                        key: {
                            document_key: '288cd715f931469aabdfab5ce912900e'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'aeafec6d86a3477b9c114f2559d609d0'
                        key: {
                            name: 'x_incb_bridge_log'
                            caption: 'Response'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aeef328e7ec6467d9d05f150358667f1'
                        key: {
                            document_key: '288cd715f931469aabdfab5ce912900e'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af1a53314de9434a84fb9e52ad4bd226'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'af3208c41a3f44f98c873f3335caddfa'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'health_status'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'af63992eba8f49dc8cdba11110d239b6'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'dedupe_key'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af923a45a3cf42bc87fedcb7a9082da5'
                        key: {
                            document_key: '6b81c6d8b0a140ac940e776383750f6f'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'afdd0ba9425440f185024ca29b6f94e4'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aff861913d75411092d8b1d4a66b4baa'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b00f7b716bc640ceaf7930405ab969e8'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b02395d6c2974eb4a0a968cd73764bb8'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b03818fbb5d14ba28226f70f8f05717c'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'autonomy'
                            value: 'review'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'b0591117244c46aea7005336c286654f'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0a6dd957f5c4a6f92ee31abde9ee38e'
                        key: {
                            document_key: '3ca40311574b4eb3b2662928d7f8f895'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1287df426ce45fd950299e2054b0747'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1a4661cf24f461c8ad8ce6ca691975c'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1add92c3f62472a814ce74a6592fd39'
                        key: {
                            document_key: '0729f080a7c84feb9329ca7b21af2f0f'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1c60582885d442fa4acc7098e65f182'
                        key: {
                            document_key: '08ef10366c1c4c04b92a65f5416e30e2'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b1f689392f124ffcb9206741d340f151'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b218e75d435f4c49916b6ef2597ad449'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b225bab1f442427f88da716e405c3a87'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b2bca7968f6b412dad0145a9dadf65a5'
                        key: {
                            sys_security_acl: 'e57c1d8a36304ae2919b56e149ad3845'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b2bff829fd70483599c2fd1d07a9dc99'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'base_url'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b2c5212c7f03415f9c00df82787a2f7c'
                        key: {
                            sys_security_acl: '5dff317cbf0947a2844f013dd3d46e35'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b2f17b463f9441479dbd488b9b79476b'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'circuit_probe_token'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b30a3cbcb36745109b76ed772cfdd47c'
                        key: {
                            document_key: 'dbccbd1438174fde80907bffeb6381d2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'b31214e9ac214efab9bc3ce8a6a2bfc7'
                        key: {
                            name: 'x_incb_bridge_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b32a2f8354e64751b3a4dcb25b4a2092'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'http_status'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b37ea6db638844af9eae0c5270f59eef'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4085c71aa7848ca844e2fc8ee030d79'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b46a63f524d345fbae4e2d6dc625a7c6'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'inbox'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b490114a137c4acbb4d955f13a29b2f3'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'circuit_open_until'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4ccaac453584cb384588ecd92b65c82'
                        deleted: true
                        key: {
                            document_key: '30704528f19a417bbd6c676db9adc919'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b514a6b4fadb4fd7a56f7ede6b51432f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_checked_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b58e355583a44f399144b2b92d13e31e'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b5fec5e0d36848c8b0352909faa290c9'
                        key: {
                            list_id: {
                                id: '9d6b621d37234a588249b53499093314'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'condition'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b60017aadd4744bd899d768091c08585'
                        key: {
                            document_key: 'e46d60c01e2d4fee814236db8fe45350'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b696768f19614899bdee7586aec4c7c1'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b69b7f5e743a43f0a753e0d72cb3acae'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'event_type'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b76fca5a22d6432ab6b090a74c166080'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b770ff8b2fdc4d879891cc1ecc128ebd'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7e4b6264e5345f092d99cc9ed512fb4'
                        deleted: true
                        key: {
                            document_key: '281601dad75b406093af9d16065d1360'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b857ed75cd974acbb1f05301fc453719'
                        key: {
                            document_key: '245a9abf7dcb45179c8ae0dcfb0bb0e1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8aa609ff4714d318d29727160008bea'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_fingerprint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8ad159dc6984a49a3bdae54633bf370'
                        key: {
                            document_key: '92520546623f4d9b912847ed75cd2353'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b980c0195f14426ca6a06815f6ed1da3'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b9dbbf2d8a4941ad8cd584be97fd0617'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt_at'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ba25cdc8ddc4463f9bff4423674ab5be'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'incident'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba9bda1a2a5e4fe98e0498ab127441fa'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bab59354e8544ce4812653b0dff2f0db'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'method'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bad4c2e3e2b04f61b2bf013a1d9570d4'
                        key: {
                            document_key: 'f5f0c67bcf2b4a81b81c4b670ed69247'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bae17653fcd5478bbffaed80d248c33c'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bb10ba4e5995422e9fb595046b664198'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'received'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb47520a285546a3b46f83842d8b440d'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bb575949e46b482a85e3d3c53cdf66a9'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bba045ec31114689ad237966ae8246a8'
                        key: {
                            document_key: '0e3eb2acc03f4e94ac3a88ac850b5b7e'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc3b751473b94d1cb26d6e51a38305d8'
                        key: {
                            document_key: '1cea790155c54908a7d35ab6d3018387'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bc58a6dd58f74fdfb4131fe096e0dfe4'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'bc7296bb76ec4793a9c41123d5f71511'
                        key: {
                            sys_ui_form: {
                                id: 'cc7de0658c0543cdae38e44a234b7858'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bc8dca7e149a4fa0abacd6d43e68b2ef'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'sn_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bca1e3bca41347c186dbc1002585c115'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcaa71ec7320438497966fe69dc8eab8'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outbox'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bcb92ccf905d4f12a8890bdf34d65d61'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sent_at'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd008ee774784a1ab355993eb5fd072e'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bd3ba1f6410843dab752492d3017ef27'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bd451985ccf148ef9516b069ced124d1'
                        key: {
                            sys_security_acl: '723b23c2c5d84665bc4d1b66281d257d'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd691da88fcc43aa8dc971bd96cf0337'
                        key: {
                            document_key: 'e1504de69f7140f3ab93512159ac0544'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd8e1b1c81b44d0a8127a8550dfcc17e'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_rev'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bde9c5ad596b4ea683f622fb96d23aa4'
                        key: {
                            list_id: {
                                id: '624c3c1f056741f59cdc4c332f607c54'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdf06efed5734addac93855f522806b7'
                        deleted: true
                        key: {
                            document_key: '71d44b46d669488994513b4d4e66ebe1'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'be407c54fad44e51b8c7f9388695b93e'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be4551d536eb4d6c8683a5a45d0536eb'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'be73cd138741453e811d1f3f731903df'
                        key: {
                            sys_security_acl: 'd9abbc3b19014b3d9bb8a0d420e98b6a'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'be82f6f4a2da475ba3ddc9de325870c4'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'be86559ee9df46da89a11582f40873c9'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'basic'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf0a9c76ba464c2dbba3b6c5df5aaf52'
                        key: {
                            document_key: '604af14b8314493faa5f871acf53642b'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bf3eb28bf43e4c8ba47f451e3fa9b614'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf8dd9bf838d4d90898e88b3c2e23c0e'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c003d96e83434779886ce222ac92b1fa'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'remote_identity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c0448347b47c4dddbd9767b545dec944'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'autonomy'
                            value: 'autonomous'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c09a55a382b24564ba27e9562a2e5b55'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '2ef1deeaf9f5421d881c83b3c29573f7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c0e65febfad84df9bf00dcea6fe72d6b'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'close_notes'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c11da5d09b98435c9b91fc703bf79144'
                        key: {
                            document_key: 'df1665fa24e0474597f26175125ea3ce'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c13d6593f32c4e8d90a63cd3e59ddb36'
                        key: {
                            document_key: '71c64a1ca0a547509b7e1368a55de94e'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c1c38e1c66534aacb2f5b5b2172c23a0'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'degraded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c25c7c48c6934c4cacffae26d64a217e'
                        key: {
                            document_key: '448a9a495e7345bbb0d55115f87d001c'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2b54c9e7e5449ad888e7844bc993e34'
                        deleted: true
                        key: {
                            document_key: '71d44b46d669488994513b4d4e66ebe1'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c2d4cbeda94742f987347defc31cb351'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'auth_type'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c309b48dfe0a4abf9e934b80ab5a09a3'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '2528e0991a204dedbc37bacb6eed62c3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c324ee4accd1403984a0d0f6d7ab6656'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c3a16f8851f0465f8ebcd4c0565d2006'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'close_code'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c3be93997f044cc19d2d9c9ec4acd972'
                        key: {
                            name: 'x_incb_bridge_link'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c40d0a881a0b450091a9b1044fe2d0a4'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'c44c9548bfb54d21b28eac33ed2dcac4'
                        key: {
                            name: 'x_incb_bridge_value_map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4db5a1c152141c2ae725d0b810d872d'
                        key: {
                            document_key: 'd2cb43793bf445a288e3fabd54d17554'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c515d94af7a44d5291e025b1e5fc7b8b'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_attachment_ids'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c567d7332cab4f12a3adf74f24aae03c'
                        key: {
                            document_key: '642f2a2eb5744ca18e55677a2bfbad08'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5d705b65ff54d3287c506090347de2b'
                        key: {
                            document_key: '7361e349704e4bf4b168270b08fab0e3'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c61ded74b2ee49768b03b0e5826e9e52'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_id'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c6340eacf4f64bcf9ad24c9dff34ec65'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c65b5df7b60d4949816881ac872e972c'
                        key: {
                            sys_security_acl: 'ec55f13ea7d94e6e8a24d9e4dc7db54a'
                            sys_user_role: {
                                id: '70a947311a6f4b25b97bd05210fad7e5'
                                key: {
                                    name: 'x_incb_bridge.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6618a71f9fd45eaadf8701a169d3e94'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c73f26ebe93843788b8f945d9d12768a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c79fbadfe78d434ab7159680bc753b6b'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'create_incidents_from_remote'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7dae3367f9d424b8f5bc3b873064f9f'
                        deleted: true
                        key: {
                            document_key: '2828e02f73144eaeb63b9d8fd23ab199'
                            variable: '523c79985f30220012b44adb7f46663a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c7e9092ce0554fbf8372effd08a478df'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'c7ea55727f8a4ae28e2995a8c214793a'
                        key: {
                            web_service_operation: 'd208f50adfce40e391aff2a947fe466b'
                            web_service_query_parameter: '8a0d2895019741e3bc666d172dceb02a'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c80be7a149b8424b9a21c3b003fddded'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'c8b01850afac4fb3a4feca2c1d775ec0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c81c8afacb9441548bec78788acc9975'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c828fae1c8c14de29ef040b3db2f053b'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c83392695aad4bfb9f510e9b1a399d16'
                        key: {
                            document_key: '2e5b8380066642ea8133c844ab71974d'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c881644684d7428fbd71e3eb812194ac'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c8d64c7f2df14348a01e7424544df8dd'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c8e55c09f67a480ba6b32aeb4dc5eb94'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_id'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ca6c4269839e44259d6c32b3aef3dee9'
                        key: {
                            field: 'element_value'
                            table: 'var__m_atf_input_variable_afc114199f132200ef4afa7dc67fcf64'
                            id: '8329044141cb4de58eec9a26784d7a4a'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ca8053eeb30f43b198e1bd7ac9b3212a'
                        key: {
                            list_id: {
                                id: '8bdbbd7e59494be1b655a17d337802d4'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'remote_value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'caf88a8a696d43689ba9e40c86103663'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'cb0d3d66ea774d5396434610141e5f86'
                        key: {
                            name: 'x_incb_bridge.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb249efd3d10463ab010205ef6803a89'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cb2bbbde486e49b8a96447abee1864ee'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'healthy'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb2f165556554f2b85644b9b81717603'
                        key: {
                            document_key: '5d27c5a256e24868abf5678773d97f1f'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cb7b9b59eba646989245cbe9a1d3de11'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cb868c3b9b3546359bcbe0db209c1b9e'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cbbc4d9df9914fa6b4d0015132f6f9f2'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'mid_server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cbd8a30d72b24a85b06f2b87455573dc'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sync_comments'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cc0f62c861ad40958fca2a4424a849b1'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'urgency'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc2cfbcdd98b44068f70807af95a2447'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_comments'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'cc7de0658c0543cdae38e44a234b7858'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc867320985048668b07ae11ce139245'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc8dce5edc8940c596aff57d5f34451a'
                        key: {
                            document_key: '5f85d3438e1e45b2ac1875732c630f2c'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'cd3bbd9a5336405fb9b1a446d4eed22b'
                        key: {
                            name: 'x_incb_bridge_link'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cdc314ebc5b14a6db9ddd1894ca53434'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limit_remaining'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cdd6c05b26564ff19d4f8a5944734b87'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'down'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce1baa03a22048968642884b11232a56'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce36f8d5d853469181283f9675431b74'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ce449b32740a403f9c435ff3c7cdf678'
                        key: {
                            sys_security_acl: 'ded8e0116c344852a7f6c8ed15c17ef7'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                        key: {
                            name: 'x_incb_bridge_connection'
                            caption: 'Synchronization'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cee4b94df4cd4f55a9f0f01cc9534502'
                        key: {
                            document_key: '2ef1deeaf9f5421d881c83b3c29573f7'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'cf57c9fd581a47ca84b5174398e003b4'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf74e01e88ce4a3bb663216c05070520'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cfe5331e1da0408db5823a9280d5df20'
                        key: {
                            list_id: {
                                id: '9d6b621d37234a588249b53499093314'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'autonomy'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd0579d0254b5478084758810ad4bdacb'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'target_connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd0a9402d34f04907abaa00e9d83fd1d8'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'request_timeout_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd0aca29e39344788bae1398feda22574'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_url'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd10fbb7ab3a24fbd80653a517dd0835c'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd1159b354dc54cee9956d2106aa9c682'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'a0a7c98951084bddb6ad0b50e6e5c976'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd12b2b51820746638006761449284ac9'
                        key: {
                            name: 'x_incb_bridge_outbox'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1fa9cda7a0448768c69c4d2eca6fca7'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd21f78dafefe4c0f8d277690eaca0f02'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'success'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd29a3898e53541d18d3c2b58203648c5'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd2c9b54a4c6f4776b67af328e15b21da'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '2e5b8380066642ea8133c844ab71974d'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd2f43977113746b9884679660a6c231c'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd31fa8ae5d1d44fb8b1fa567c3baafa6'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'health_error'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd325614d38794938805337afad13d057'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '8a70b2f60c1c410a93369437d71362f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd394a440d50b4fcfae85980778500b5c'
                        key: {
                            document_key: '99fdaff3fc42496cb3698bc74f305d1d'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd3b397b727524f50a8458836214e5734'
                        key: {
                            list_id: {
                                id: '8bdbbd7e59494be1b655a17d337802d4'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3c711442f5c4f4eba4f358bb6e14c8c'
                        key: {
                            document_key: 'afd29044cdf84877b0a77998c75980df'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd41b2223c4294578be37978b5fe1ff90'
                        key: {
                            document_key: 'e3e2928737704754ba5fdfd65ec5979b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4b9b32de39040eaba2d882c110ee0c7'
                        key: {
                            document_key: 'c400e3bf81f84dae93906742e03ef80c'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                        key: {
                            name: 'x_incb_bridge_connection'
                            caption: 'Authentication'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd558fa5179ec465fb2c4cb96985c4059'
                        key: {
                            document_key: '00f72e5586ca421cbede3d3dded60f78'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd58b19cd1d684ebb8d61bb00b162a173'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd64c0482ab594c148aa3c315bd517578'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_inbound_rev'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'd65c0590c9cd4cc9b912a5dcbb352abc'
                        key: {
                            sys_ui_form: {
                                id: 'c3be93997f044cc19d2d9c9ec4acd972'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd70937be35a446b4ac0dd14c148862dc'
                        key: {
                            list_id: {
                                id: '9d6b621d37234a588249b53499093314'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd7a3d5a07eac4570b0357693d2e51f8b'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'outcome'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7d4ad3f13ef469384c9cf6000ad660c'
                        key: {
                            document_key: '5f48a6a04d84455a86062bc6ffb28136'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd843eea9099b43e3bd0d3a1f65828d44'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd87603bcecca4994bcda3c889bd78c8b'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd88440f046f249e9966a264f85680369'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd89ff52dda61424ebcfccce0fe11be7e'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8ae366392984971a9f64f295b27ec55'
                        key: {
                            document_key: '43432b777a7d4508b5ca8a35fdc763c2'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd8bc77eb37db4bcf983c8d5f7938eb78'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd8dd65c4dcab4c759c5e8d2834eabfb4'
                        key: {
                            sys_security_acl: 'b83c8f9297b947bbb69b23474c34ceaa'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9102ee04cdd494190e01f55d7b0e6eb'
                        key: {
                            document_key: 'b8aa3ddbe50a4952b162611b386053f7'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd931ef10beb84c749554f70e0e045e2c'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_journal_ids'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9c0b2c70aef453ca0f67e91613071f6'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd9d3ea6c8f624127bd779871a650e2df'
                        key: {
                            list_id: {
                                id: '9d6b621d37234a588249b53499093314'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'da684f09573a4a70a65053628dc9d018'
                        key: {
                            sys_ui_section: {
                                id: '20d326e225af4cf2a9abd01a472aee88'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_headers'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da9e13009ea24b1695b5f74289009a88'
                        key: {
                            document_key: '0729f080a7c84feb9329ca7b21af2f0f'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'dad2e3250a564692806f5099c32c7536'
                        key: {
                            name: 'x_incb_bridge_log'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'db1c8e2e2b054848b96662513c3e6b47'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sequence'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'db3c2bb94cfe4db5861da708099c629a'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'db6cf87e00254cd6b0f1db1336aa9693'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'health_checked_at'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db9ba16b090e4f2b96967341ccaf9005'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'db9f9b83dda0402e9bb26e8a3bbae3f2'
                        key: {
                            list_id: {
                                id: '8bdbbd7e59494be1b655a17d337802d4'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'field'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dba9b1bbd407461bb74cc40247b47eec'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbedf891a100407a8b4aa303aa407c88'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dbfa4f3235ff465782a553b1f63c188f'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dc16500a2c2c435794fbda58a7ed3c39'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'dcd29451cbb1494d878e60231e9858a7'
                        key: {
                            sys_ui_form: {
                                id: '3b26c8dfc8af451a9424e442f857a786'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dce9b93192d54e2da98475abc9d5abd3'
                        key: {
                            sys_ui_section: {
                                id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    caption: 'Inbox event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dd22105ca2b4453f9ca1760eb8033782'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'autonomy'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dde2b01215144c28805ce81a662cc30f'
                        key: {
                            sys_security_acl: 'a6cf289fcc954af6ae345cbb71be6ed8'
                            sys_user_role: {
                                id: '656fceb9ffae49dbbbe96288e449ec2a'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ddfd32d3d3fe45c58a1e185a3e7050dd'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'create_incidents_from_remote'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de2500a27fed451f951eead70580c63c'
                        key: {
                            document_key: '245a9abf7dcb45179c8ae0dcfb0bb0e1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'de7a45f9923a40409b491161a1d80414'
                        key: {
                            name: 'x_incb_bridge_connection'
                            caption: 'Connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df342a62c1b844a19f6ca3136c47761f'
                        deleted: true
                        key: {
                            document_key: 'bbeb06a84b0d407593eda9fe78788d3b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df52d7f6e27a461580427609e007389d'
                        key: {
                            document_key: 'c8b01850afac4fb3a4feca2c1d775ec0'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e0024b1a152d41bb8e9dc5cd29a8a5bb'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'signing_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0b2b23b728243f98fdc7e6284310e63'
                        key: {
                            document_key: '75003754158b47d6a44b1c92a6a6cb06'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e0bbf6a764b243a6beb07722fd8c021b'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'create_incidents_from_remote'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e0cb6dd3e8bf4973b5b5a5baba069d7c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e249dd6696b1418cba01ab68a74cd01b'
                        deleted: true
                        key: {
                            document_key: '281601dad75b406093af9d16065d1360'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e27911fdee03464d9c19a1bf732c8262'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sync_work_notes'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e29dac1b2c4a4811be44ec47c6abfd5d'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2c110ceb05043389277b92175fe6e2b'
                        key: {
                            document_key: 'f521e150322d4e3d912dc529fe779b6a'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2dd2d35d7dc4b02b827b8f4dc7683d2'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e305399a3c984554bd54ab0b88fa5636'
                        key: {
                            document_key: 'd2bdb593dbb1412cb2369e8a327d013e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e31c123821434dd79068a05d9c6735a0'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3483721d904421e999047da88fc23be'
                        key: {
                            document_key: 'b88e0220c58b4fdeae3802fe3d2433bc'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3c3c540bcac46daadc754b5e7285a2a'
                        key: {
                            document_key: '24614fcd76b9415889325c138f09f3d8'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e3e2a194f897496bab6c85ea576fe4bd'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e41e877f11dd4e418719a69dc804e30d'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e49186e1a0f8404ca521785ad23c4516'
                        key: {
                            document_key: '8329044141cb4de58eec9a26784d7a4a'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4b039a85ad14368a8ca94dbc5328b6e'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e4f497178de54390a923d8991b96b5c5'
                        key: {
                            sys_security_acl: '1df6a736faef4db982872a96fcbdbd72'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e4f96980173a45638ba5bfeea2d0d925'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_url'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4fd0dd4a59d4b25b791aa5fb9d45d91'
                        key: {
                            document_key: 'd49ac7b8bc9745b9a7cf95ff9753d51f'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5539a32d1794f28b7ff6153f93e0175'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'e58120f1cca4449eb2276dde0a54975c'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            caption: 'Outbox entry'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e5938989ed854b3588ca263654fb6de6'
                        key: {
                            logical_table_name: 'x_incb_bridge_link'
                            col_name_string: 'connection,remote_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5d21e2bc0bb4dce8d2b8d8e6a309e9a'
                        key: {
                            document_key: 'bb56beb92e95446ab65be7f8c3a999bc'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e60bf02096d14e818c7d60a1b328f865'
                        key: {
                            document_key: 'e3e2928737704754ba5fdfd65ec5979b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e638595047264f41b414392e8d4a8e89'
                        key: {
                            document_key: 'afd29044cdf84877b0a77998c75980df'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e67dc528431c4a59a80d354ef84bf620'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e73634996d444dccb72240a2bdfe025e'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7eba5b1f5844e02a74de24435844fca'
                        deleted: true
                        key: {
                            document_key: '30704528f19a417bbd6c676db9adc919'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e812e647814d41fdb6a513dafa6e318c'
                        key: {
                            list_id: {
                                id: 'dad2e3250a564692806f5099c32c7536'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'dry_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e81356429cb849e1befaaba3c44fa5d0'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e84a310f4f0341efa588e1d3950f10f7'
                        key: {
                            sys_security_acl: '35d1a75536ce451798690e6f0e510bf1'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e87f8a71949b4701bdfa4014f18636e5'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e89386b4f36a4e619bc087e8695fa465'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ado_organization'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e89d47cc44b14118a7978e6f95c4a780'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3ca40311574b4eb3b2662928d7f8f895'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9505bb7639641b1b7de06c90d591d68'
                        key: {
                            document_key: 'e75ec9d42ab24b269522bb2fbe16af28'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e970d7ca18d642cbb086a88814d0afc4'
                        key: {
                            sys_ui_section: {
                                id: '3bef5c44316e42daa3a85f75a365c77c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ea0cda4c0fe340d0bd3aaaa0b51dcddc'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea13429ee88d4596baf0ad6f48ab051b'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea3549ee09004b1fb52bb7a81ea5b327'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea5c5fc02b8149a2b3b4b4db85bef510'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ea9afc461ee7422091cb74f227845205'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'dry_run'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ea9fb7e23c6f48c99f42f668d988e727'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'trigger_condition'
                            position: '0'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'eacc06d3e447477d9519e5fa23887840'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eae8d0628ed344cdab4bf878d63c5f7d'
                        key: {
                            document_key: '41ca4fc0d6ea456ea978fe055d188346'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eaec614afb374c0393a5b9bd0746bf79'
                        key: {
                            document_key: '386a04b9aa2b4830b45a8fa50301eb54'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb33d472c22142f08bf8a8a7991c1931'
                        deleted: true
                        key: {
                            document_key: '14c72244e74044679040ae948de10323'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb3e297395a34f81a92b0329f7905a8a'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eb457f0f9c8b4da8b89e9227dd38a4c1'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sequence'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb51dfe54377430ab68cd8d2a5176135'
                        key: {
                            document_key: '51fd94650dc041a6a03d8d60b11ca501'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'eb7986f9d49240818011c1e73c06dea1'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebb4528e8e0b4006907dee5abd4221b4'
                        key: {
                            document_key: '2528e0991a204dedbc37bacb6eed62c3'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ebfba32cb81e459e8a2474d0a5ac012e'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'incident'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'ec1dbc0020084ec6b60ab5c1952d13ba'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            caption: 'Inbox event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ec3d577f6d4043e18f844577c336be1c'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec5d7075664d43b2883fc4b9d811408c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ece71808b7134293bd867b7462a978a7'
                        key: {
                            document_key: '52d11883f331451182a99e1b836a1cdc'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ece9266c5ac94383ac92aa537c784850'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                            value: 'both'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ecf418a5d3344e1782961ef3abd21d96'
                        key: {
                            sys_ui_section: {
                                id: 'd4dcd507e9fa490cad09f240a7ed17fa'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '4752972c8a4e46129f18c422cbf8b346'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed41fc897ad0461189769e81ebca31dd'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ed518b6c450f444883bb41b9ddcf85c8'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'bb56beb92e95446ab65be7f8c3a999bc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edc9ff3f3d0d46808d2b451656ceeb5d'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee38624e8ba642e1a9504b3dae49b315'
                        key: {
                            document_key: '5f85d3438e1e45b2ac1875732c630f2c'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ee64722f87834f0d849a8beef32581e4'
                        key: {
                            sys_ui_section: {
                                id: '3c0bd717e6c7479aa91528a640574ede'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    caption: 'Link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ee70004df3464aceb9e9c028863e281c'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_attachment_ids'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee8bacfc7c1246f0b31380937f78c074'
                        key: {
                            document_key: '92520546623f4d9b912847ed75cd2353'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eec3ae40931445a8b661d3cd97dfae0e'
                        key: {
                            document_key: '604af14b8314493faa5f871acf53642b'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eeca877f2baf4cdab1d35840de5df77d'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef2347f35b5447bea2b964849d5512c2'
                        key: {
                            document_key: '7d60f36f654a4e048940070a3eb57007'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef466dcb445741ea9a98a5a2d5f931f3'
                        key: {
                            document_key: '245a9abf7dcb45179c8ae0dcfb0bb0e1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'efc1319b5894499e87efd70c96ed9b80'
                        key: {
                            sys_ui_section: {
                                id: '81bc4fe97cf84fc4b8957390afb4a6f0'
                                key: {
                                    name: 'x_incb_bridge_response_plan'
                                    caption: 'Response plan'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0307ea2e4e147b6ad03b48035a97f19'
                        key: {
                            document_key: '8ff187691e814cb38e0a5c308fd0aa26'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f04921a2ae6648508bd252e3c410ad43'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f14f0548825445659d0f45718cb36c89'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'oauth_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f1e41ad083d54552859ca0b689c7ecb3'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f27c4b987c2744698b9c18d48c087888'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'sn_value'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f2bc458567f946dbbb4e308fe0144e61'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_probe_token'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2d807b070ae45e2a897d4fe32050b73'
                        deleted: true
                        key: {
                            document_key: 'a812b4672cb046058161eed8289de02b'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2e13c1c95b64b23b6d5878b3febdb4b'
                        key: {
                            document_key: 'b0d171923dbd423e8c0689ca7053b897'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f317afcd75464b78800e489046cad9c8'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f32449e96514472c8a30b1e9ee59ccdb'
                        key: {
                            document_key: '8a70b2f60c1c410a93369437d71362f3'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'f34507eb5a2f4bc59e23861989b6e626'
                        key: {
                            sys_ui_form: {
                                id: '9c8780e00b7242bfbd25ce49a9638457'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f3837dd0f3c5405381b0a7c0b5714d8a'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f47aceb4717e4b17a1a17397c8998530'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f486159fbac5412db9ab1cc098f036c3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'dbccbd1438174fde80907bffeb6381d2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f4a64933b8d44799898191398b895fe7'
                        key: {
                            sys_ui_section: {
                                id: '5693ce487f824145b43528151bb5918c'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Exchange'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'f4d9a280ff4b4c97ae85008a262bf040'
                        key: {
                            sys_ui_form: {
                                id: '7915b0df2a6a430991b1949a646a13c8'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'aeafec6d86a3477b9c114f2559d609d0'
                                key: {
                                    name: 'x_incb_bridge_log'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4ffc37840c44f1c9f696200411936da'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'inbox'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f522c3580ab540feb546ee76981a8f11'
                        key: {
                            document_key: 'e75ec9d42ab24b269522bb2fbe16af28'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f5890b41a1a74671ac1751b6477b5f2b'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5b53e20cf1b4924bda27c3b04797791'
                        key: {
                            document_key: '3ca40311574b4eb3b2662928d7f8f895'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f5d6673add7541e190b6610e89f836e4'
                        key: {
                            sys_ui_section: {
                                id: 'de7a45f9923a40409b491161a1d80414'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'label'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f5e28d2eaf814a859cd718982a6b9d93'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f61318ee94894b76a37250f922105eb0'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f653559c3a6048c9ab5e9422894b706a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'd2bdb593dbb1412cb2369e8a327d013e'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f65dc19d13694bf59aa825d8e2c98880'
                        key: {
                            sys_ui_section: {
                                id: 'ce9619a4bda14fc7be5ddc1ffe39a161'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Synchronization'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f6c9a099bdac4b39805ac2af94f0def4'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f71ed1a319b44cfaa607a177310a9a0f'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7b0cce1620c4414ac3df1517738ad6b'
                        key: {
                            document_key: '604af14b8314493faa5f871acf53642b'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7c274338acb4625a5671cc84f0a9c23'
                        key: {
                            document_key: '79cf5fb20413432eb28f0ab04cf039a3'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7d9b7f4ed804dc68f3e964f441e62d1'
                        key: {
                            document_key: 'a95219c9c69444678813ed4fa225ad43'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f89f81562ba64babb502e013438e734b'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'autonomy'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9117272de9e468d8dd392cdbab6c1fe'
                        key: {
                            document_key: '92520546623f4d9b912847ed75cd2353'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f930c130e5ee44e78c97c68dc37ff4ae'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f938718815cc46c5b4418064383f34cb'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'create'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f93dc30bc9c84d1ba341977221601f98'
                        key: {
                            list_id: {
                                id: 'a5ba44c405b74747a607f66baf7b23ad'
                                key: {
                                    name: 'x_incb_bridge_inbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'event_type'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f95395a38c9d4e9f8deaadc4726fee95'
                        key: {
                            sys_ui_section: {
                                id: '09ebfe3f57884b548caeba33ce8af52c'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    caption: 'Endpoint'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9597003f56a4dccb76d19b34148da9a'
                        key: {
                            document_key: '9a3c18436bdf4a22aaee0cd719d7e148'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f96e71aa19ba4e21b884e999f5a46e8d'
                        key: {
                            name: 'x_incb_bridge_response_plan'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f98c477c2ef1409c80bcd10076c31452'
                        key: {
                            document_key: 'dbccbd1438174fde80907bffeb6381d2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f99cc15f96044e37a43c11b6abbc2737'
                        key: {
                            sys_security_acl: '4d0b7348a9dc49bc91bcb414b7b7f936'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f9eb9e21a6ef46119404d20d19a3aa9d'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa3647089d454702b86a96d76d403488'
                        key: {
                            document_key: 'bd21fe45ae8d402ab3116fd912e0bb0b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa86ff8f71a04eafb6af32d42c3ab189'
                        key: {
                            document_key: 'e75ec9d42ab24b269522bb2fbe16af28'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fac19e895d9648a194acd8fb27dddf20'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_body'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'fb1835b89bb04c338fd5c15b5e73ac3f'
                        key: {
                            logical_table_name: 'x_incb_bridge_outbox'
                            col_name_string: 'state,next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fb224292bb34422c8544f6bb3437b383'
                        key: {
                            sys_ui_section: {
                                id: 'e58120f1cca4449eb2276dde0a54975c'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    caption: 'Outbox entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_table'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb5b9940b432422d9d20b4fd13e6a06c'
                        key: {
                            document_key: '5ca8060571cd4549959c27ac5faa13b7'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fb6179184a3542208d7e78303dada995'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbaef763889d495c8ac511d65ca7e78d'
                        key: {
                            document_key: '8ff187691e814cb38e0a5c308fd0aa26'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fbba423a59d04bf5ace0047ae026a646'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'processed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'fc0c1c44a0964d348de3c41a3e2a0cc5'
                        key: {
                            list_id: {
                                id: 'b0591117244c46aea7005336c286654f'
                                key: {
                                    name: 'x_incb_bridge_outbox'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'fc751fd47d4b495eafd18709471e9a8e'
                        key: {
                            logical_table_name: 'x_incb_bridge_outbox'
                            col_name_string: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fd147b09f2cf4d3ebdeaf69abdba8934'
                        key: {
                            sys_ui_section: {
                                id: '7fbda270c13d4c6e9b21a791c04f4c0e'
                                key: {
                                    name: 'x_incb_bridge_value_map'
                                    caption: 'Value map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'field'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd688551eb4d4f5f9a897c82bcb6340b'
                        key: {
                            document_key: 'caf060241032465b9ed908a66c613d53'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'fdf8539b691d44118c58d4d69d8f3013'
                        key: {
                            list_id: {
                                id: '6d1df76a368a4c31a1fa295cf9aa6c16'
                                key: {
                                    name: 'x_incb_bridge_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdfa24f1204f4b1e907263083e8b74f4'
                        key: {
                            document_key: '4fa0aa344d8c498f90ae245c07189469'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe68752c17594095a2db11dc64e42c63'
                        key: {
                            document_key: 'a0a7c98951084bddb6ad0b50e6e5c976'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe7c5dcf9110447d9ff269aa86135b53'
                        key: {
                            document_key: 'd2bdb593dbb1412cb2369e8a327d013e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fef3dd4cf5e24bfc88ead6312b9cfc25'
                        key: {
                            sys_security_acl: '95198eaddff2440ab3301498433cf397'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff17bb82963b4e0bb4247a09624b65e2'
                        key: {
                            list_id: {
                                id: '624c3c1f056741f59cdc4c332f607c54'
                                key: {
                                    name: 'x_incb_bridge_link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_inbound_rev'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ff3bf8814306499488eed74b0b9e8f33'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'dead'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff4eb6dad26543c3b72ec3d0f8865747'
                        key: {
                            document_key: 'c400e3bf81f84dae93906742e03ef80c'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffd1922a2dd746d48b0e34bac818b787'
                        key: {
                            document_key: '5d27c5a256e24868abf5678773d97f1f'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ffd6eac4e72a4f6a97fb42e516847598'
                        key: {
                            sys_security_acl: 'f42ce20b5fdb4c2d82779bc7011c0726'
                            sys_user_role: {
                                id: 'cb0d3d66ea774d5396434610141e5f86'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fffa6914e80441638fefe88487d61554'
                        key: {
                            document_key: '1cea790155c54908a7d35ab6d3018387'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                ]
            }
        }
    }
}

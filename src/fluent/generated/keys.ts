import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'admin-api': {
                        table: 'sys_ws_definition'
                        id: 'abec8c80007c4385a2a734702c9684bb'
                    }
                    'admin-api-acl': {
                        table: 'sys_security_acl'
                        id: '4fdc15af9a8c40ff87d65b83dfbef255'
                    }
                    'admin-api-v1': {
                        table: 'sys_ws_version'
                        id: 'b717a274c64049a39fd30c4c090db560'
                    }
                    'admin-api-v1-dry-run': {
                        table: 'sys_ws_operation'
                        id: '3d225b9a190049c1a016029d2aea5554'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'aa0fe0aea06d4600b2727fd837526f02'
                    }
                    'br-attachment-outbox-capture': {
                        table: 'sys_script'
                        id: '15eadda4eed8498c9eec5c077dc4d3e5'
                    }
                    'br-connection-seed-value-maps': {
                        table: 'sys_script'
                        id: '37bf838997924d71b5a1b88b74aab41d'
                    }
                    'br-incident-outbox-capture': {
                        table: 'sys_script'
                        id: '320cb414d32d4db0aa273fa4de112969'
                    }
                    'connection-create': {
                        table: 'sys_security_acl'
                        id: 'a11120a125b441f7a716c8b11d9d8c72'
                    }
                    'connection-delete': {
                        table: 'sys_security_acl'
                        id: '50832a4f788c454d9eb0ac06612a72a0'
                    }
                    'connection-form-credentials-note': {
                        table: 'sys_ui_annotation'
                        id: 'ece41adb36294aecae2b2fea655fbaad'
                    }
                    'connection-inbound-secret-read': {
                        table: 'sys_security_acl'
                        id: 'ea38351f9b8a4c36af7145a7b5808178'
                    }
                    'connection-inbound-secret-write': {
                        table: 'sys_security_acl'
                        id: 'e8ee7546b4224f3e914a0bd1013ee543'
                    }
                    'connection-read': {
                        table: 'sys_security_acl'
                        id: '6199af1533784a17be3ed3af3e11b81f'
                    }
                    'connection-related-inbox': {
                        table: 'sys_ui_related_list_entry'
                        id: 'f3d6e13129f74889881654a562d81b20'
                    }
                    'connection-related-links': {
                        table: 'sys_ui_related_list_entry'
                        id: '7b4d10e037284ca38c92a4b87387eb21'
                    }
                    'connection-related-lists': {
                        table: 'sys_ui_related_list'
                        id: '0a25da4b8c7a4ef493b7973b65595579'
                    }
                    'connection-related-log': {
                        table: 'sys_ui_related_list_entry'
                        id: '993871f0e3c54027a07cd9aee48f6191'
                    }
                    'connection-related-outbox': {
                        table: 'sys_ui_related_list_entry'
                        id: 'f29255ddc7f84a89bb91d6b0e6b88ff7'
                    }
                    'connection-related-value-maps': {
                        table: 'sys_ui_related_list_entry'
                        id: '21561e21ec614871beb10addee5066a7'
                    }
                    'connection-signing-key-read': {
                        table: 'sys_security_acl'
                        id: '40dcce11ce31403891f0e656d1dc2b56'
                    }
                    'connection-signing-key-write': {
                        table: 'sys_security_acl'
                        id: '8db42c41958f4cea8248f1e1ef39843e'
                    }
                    'connection-write': {
                        table: 'sys_security_acl'
                        id: '6ee23f3384744c17b92de3c95167230a'
                    }
                    'event-connection-resume': {
                        table: 'sysevent_register'
                        id: 'c528df8df5744c459b4dad27be935b1f'
                    }
                    'event-outbox-dead': {
                        table: 'sysevent_register'
                        id: 'ef7c2533021741a687135b25a30de111'
                    }
                    'event-outbox-queued': {
                        table: 'sysevent_register'
                        id: 'cbd4108524eb4b4bbfc5f78b3c4dc26f'
                    }
                    'health-api': {
                        table: 'sys_ws_definition'
                        id: 'e7f8b0d3dfc041a28644a12e835142e6'
                    }
                    'health-api-acl': {
                        table: 'sys_security_acl'
                        id: '7b12ba2f138b4d7dab0d0fe704904829'
                    }
                    'health-api-v1': {
                        table: 'sys_ws_version'
                        id: '6038152881bb4ae5972dbc0b0e9bacf3'
                    }
                    'health-api-v1-get': {
                        table: 'sys_ws_operation'
                        id: '7f146107573440aaac8024067e6fb742'
                    }
                    'inbox-create-nobody': {
                        table: 'sys_security_acl'
                        id: '0a5f256d6f5e4471b41c96cb622fae15'
                    }
                    'inbox-delete-nobody': {
                        table: 'sys_security_acl'
                        id: 'ec9f48a5893d4526a63c2b4be59a554b'
                    }
                    'inbox-read': {
                        table: 'sys_security_acl'
                        id: '6384fcdd689647229269aa85b00b6124'
                    }
                    'inbox-write': {
                        table: 'sys_security_acl'
                        id: '29ad79bc2fc444669335f93280d9833b'
                    }
                    'job-connection-health-check': {
                        table: 'sysauto_script'
                        id: '4813fc5ec0a5492abd9db56b43427af3'
                    }
                    'job-outbox-sweep': {
                        table: 'sysauto_script'
                        id: '644af029cb9c430689d4f82756cb6958'
                    }
                    'job-retention': {
                        table: 'sysauto_script'
                        id: '167ffc40bee04c4980aa201442eb2d16'
                    }
                    'link-create': {
                        table: 'sys_security_acl'
                        id: '5f94a8151d7f44129e30e72d5412c0f3'
                    }
                    'link-delete': {
                        table: 'sys_security_acl'
                        id: 'e8ce42aeb620492c95e009f42c835d07'
                    }
                    'link-read': {
                        table: 'sys_security_acl'
                        id: '358aa44d916c40449fec09fc1a28ffe2'
                    }
                    'link-write': {
                        table: 'sys_security_acl'
                        id: '2c1158eb0a9747c38e6ca46af07da5dd'
                    }
                    'log-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'a06e6f3b9b6045a2a6ec364d7fe074f7'
                    }
                    'log-delete-nobody': {
                        table: 'sys_security_acl'
                        id: '1a983268270645fab75fea0c2a3fc8b6'
                    }
                    'log-read': {
                        table: 'sys_security_acl'
                        id: 'a1a2a47d078547d0b9c2eb4332ae2ea1'
                    }
                    'log-write-nobody': {
                        table: 'sys_security_acl'
                        id: '633248914d22473b896226942038299a'
                    }
                    'mail-script-outbox-entry-link': {
                        table: 'sys_script_email'
                        id: 'cf5b7f69977344658fe2f07fcea5cef1'
                    }
                    menu: {
                        table: 'sys_app_application'
                        id: 'af1ee209b3b74ddcb12b3d48ad3d5bcd'
                    }
                    'module-connections': {
                        table: 'sys_app_module'
                        id: '557190d6400b4061b8cae4c01e69aa1a'
                    }
                    'module-inbox': {
                        table: 'sys_app_module'
                        id: '041d8f33748d4bd09a782b3d79471cc7'
                    }
                    'module-links': {
                        table: 'sys_app_module'
                        id: '6b7b11d4056941c1b63f814b7801c497'
                    }
                    'module-log': {
                        table: 'sys_app_module'
                        id: 'bc559b461ff24c60a6f6ff3ba1e969ec'
                    }
                    'module-operations-separator': {
                        table: 'sys_app_module'
                        id: '00194a3f299b4a7b8a8f4ef6cd18b54a'
                    }
                    'module-outbox': {
                        table: 'sys_app_module'
                        id: '5c62717d89404ee9887279ebae69e1a9'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: '03bf009db1604ad5b3986ee089effa00'
                    }
                    'module-value-maps': {
                        table: 'sys_app_module'
                        id: 'adb7ebb1823e40549981ed036a730e96'
                    }
                    'notification-outbox-dead': {
                        table: 'sysevent_email_action'
                        id: '77f195e4b106437789805542eaf7f778'
                    }
                    'outbox-create-nobody': {
                        table: 'sys_security_acl'
                        id: '0d88d1c95ae14dec96ca04152a894379'
                    }
                    'outbox-delete-nobody': {
                        table: 'sys_security_acl'
                        id: 'af4287c82f72466388b983d2a06df0f5'
                    }
                    'outbox-read': {
                        table: 'sys_security_acl'
                        id: '87496b27c3784f3094ecaea3b9b4f7fd'
                    }
                    'outbox-write': {
                        table: 'sys_security_acl'
                        id: '1d256d52b852454b94e11a6339b3dc5e'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'b5e28707b63346a0a8fbfb6d62765aa5'
                    }
                    'property-attachment-max-bytes': {
                        table: 'sys_properties'
                        id: 'bb3308c0a33949c58cb06bc144f5aff7'
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
                        id: '599ce6f1fc854835aa1c90b166a2e5c2'
                    }
                    'property-inbound-max-body-bytes': {
                        table: 'sys_properties'
                        id: 'd6ab863febfa4fa4950e7d07d3335b62'
                    }
                    'property-log-max-body-length': {
                        table: 'sys_properties'
                        id: '1af75a859458463b942ead6394a194af'
                    }
                    'property-log-retention-days': {
                        table: 'sys_properties'
                        id: '29a1a20347b746e5bef8311c8453c816'
                    }
                    'property-outbox-backoff-base-seconds': {
                        table: 'sys_properties'
                        id: 'cd58d760ec5c4dbd95be4616bcb4e7d4'
                    }
                    'property-outbox-backoff-max-seconds': {
                        table: 'sys_properties'
                        id: '9ecfe71c16c9414985c21e57eaef4ec2'
                    }
                    'property-outbox-claim-timeout-seconds': {
                        table: 'sys_properties'
                        id: 'ee8ad2be6828476e9a5651472be59d40'
                    }
                    'property-outbox-max-attempts': {
                        table: 'sys_properties'
                        id: 'c66a65d18b3a4951be651e75c011b115'
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
                        id: 'dba94fc6b8a34287a172c88e753f878c'
                    }
                    'script-action-connection-resume': {
                        table: 'sysevent_script_action'
                        id: '33a08fb9d64b43599e8c21538ed8c63b'
                    }
                    'script-action-outbox-dispatch': {
                        table: 'sysevent_script_action'
                        id: '43b771dac47945f89ed0300ec69876fc'
                    }
                    'script-include-AzureDevOpsSync': {
                        table: 'sys_script_include'
                        id: 'f119fdc996054ef69657a8719b98996a'
                    }
                    'script-include-ConnectionHealthCheck': {
                        table: 'sys_script_include'
                        id: '763b7159f0094caaab035eba773c491d'
                    }
                    'script-include-DryRunApi': {
                        table: 'sys_script_include'
                        id: 'b0a9f3db36fc4276aecef5a5b31cc01a'
                    }
                    'script-include-HealthApi': {
                        table: 'sys_script_include'
                        id: '6ab5fa2c46a742fab6e8755cb682dfcb'
                    }
                    'script-include-IntegrationLogWriter': {
                        table: 'sys_script_include'
                        id: '17686736ae034bac86d0e687954c9496'
                    }
                    'script-include-OutboxAdmin': {
                        table: 'sys_script_include'
                        id: 'ed9d2321d97f404bbbe5e8e19eb76ec6'
                    }
                    'script-include-OutboxCapture': {
                        table: 'sys_script_include'
                        id: '6187c52c5e4c49068fa1202d5076f78d'
                    }
                    'script-include-OutboxDispatcher': {
                        table: 'sys_script_include'
                        id: '60b9e7e6645e4a7b8624436e3287c8e2'
                    }
                    'script-include-RetentionPurge': {
                        table: 'sys_script_include'
                        id: '1e7f3c7f19e5436d805ad7506a1558c3'
                    }
                    'script-include-ValueMapSeeder': {
                        table: 'sys_script_include'
                        id: 'bb578025fe874443b33fb40e2ef5ec68'
                    }
                    'ui-action-connection-check': {
                        table: 'sys_ui_action'
                        id: 'dae5820dc1c74f13a9498eaaca1fea70'
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
                        id: '049aa68df3a84a8b97ec321e6c224dff'
                    }
                    'value-map-delete': {
                        table: 'sys_security_acl'
                        id: '362de0bc17e443919e698757ef9982ae'
                    }
                    'value-map-read': {
                        table: 'sys_security_acl'
                        id: '57377bc7ffee4747961d95f2b126619a'
                    }
                    'value-map-write': {
                        table: 'sys_security_acl'
                        id: '14670b31098a49c382e0e30e1a7f71c6'
                    }
                }
                composite: [
                    {
                        table: 'sys_dictionary'
                        id: '008ff46b6e8344039848ba91c52001d6'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_rev'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '00a016eee4a84f0aad4d99997972c007'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_documentation'
                        id: '02100f5938fe4e359716592485fc7ba9'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '02a84e900a3642ff8fc964ffde1896fd'
                        key: {
                            name: 'x_incb_bridge_outbox'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03c666b84c94499a8bedb36b138a58ac'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limited_until'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '04970ca6276d4c0ebd18f9525e43184d'
                        key: {
                            sys_security_acl: 'e8ce42aeb620492c95e009f42c835d07'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '057238be5c824afaa42ad2ad983b09d8'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06a184851302454d822880a2d0185e79'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_project'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06f4cab358754e1597d623ebfdb3730d'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '07716fce999046f394bb93e540a98b41'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0800f68e018d46b291eaee9e75b1bca7'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_dictionary'
                        id: '08246af619c2400c97df2389826f465b'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_fingerprint'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '084d1f5797ff4e2b8e2390243f8d8540'
                        key: {
                            sys_security_acl: '358aa44d916c40449fec09fc1a28ffe2'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '08ab4094cc8e4c48ac27ff00cca75eec'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_documentation'
                        id: '093204350aff46ccbd7c02df2798a8a8'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '09f0932b22314c8faf970daae1beaef0'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_url'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0a5d2bffb3144521a95336b288628a1d'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_documentation'
                        id: '0aadaf483f7149c497f9f41fd6df9eb6'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '0aca0880cffe4e1bb68b0eac1ddee71e'
                        key: {
                            logical_table_name: 'x_incb_bridge_log'
                            col_name_string: 'incident'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '0b1ed98ee487425caa4d4c35c45704e8'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0b41b6e8c9b54d6894d771a4aa39be41'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_element'
                        id: '0b4fbc2523604144b9ea20644c8a3566'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_dictionary'
                        id: '0bbf9bbdbf264dc58bb7b1cef83cb084'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'dedupe_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c2a686c98f7477fae960b4cd7a5d13d'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'inbox'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0cf7b5be5f43427dbe4abfd6f4ee12df'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_choice'
                        id: '0d7d023546324ce1ad5e57ac857e45c3'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'skipped'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0df0b58d429d47feb996829a78904422'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        id: '0e63aa18081448d7bf842780e14e7c3c'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f4e3cedbc274f1387112cf5ba4134f3'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'signing_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f5adba8dc0d48e789976c4c4ca3f2db'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0fab04b996ce484ba38598fa87db67cc'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_secret'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0fe4d7485d1f4fe4b8d07b953939b2bb'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_documentation'
                        id: '122dd45fde0443508258ef6883354b99'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '123db718f8f84ff982c7b89b34973dcf'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                            value: 'comments'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '129cb0c090e54271bac43c1a36ece176'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        id: '130b8611d78c4826a3cc00dd90d96eaf'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1325532d294843d18d32ba5f9fa6ac3c'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_list'
                        id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_documentation'
                        id: '13f8a7291a4a4f8ba181c258c89ddd93'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '14ee7df74922402cb73b807afce8ad23'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        id: '14f99d14f8584f6da21a086eca10e406'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        id: '151666b62b7b462c8eaf4b65084d144a'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_ui_element'
                        id: '156454be922c46dca48180a8da64b9c1'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        id: '1578f984b29143d995cf1d9ff600e5e9'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1752d54c47a0458a8b99f2218f62091e'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_documentation'
                        id: '17790bcc95ca4fbca7268920b57001f8'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1799d24713ae4196b1203483b771f2e7'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'sn_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '17d9bc26c88f4c06b348b5d40701aae2'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_dictionary'
                        id: '18e6eca80a4143dc8954d34c13efb854'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '19138da8b5734d779093970680b4ff7c'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_documentation'
                        id: '198359aa6979455e9425a04b2c074939'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a2d4fa6bb904b6da21636ae3adbfb33'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_ui_list_element'
                        id: '1a510a638df54c48b5820eb0e976d0d9'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        id: '1a99de5a7bf1417ca27ef4878fd443a9'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_dictionary'
                        id: '1a9db7ee5e844af4856cc26f76560854'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'create_incidents_from_remote'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1aa2941739184db3803e20820b546420'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'catchup_watermark'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1bc76a8737424e23a61b56e5b6d4488b'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1c7b4246720b4005beea84bd1805b414'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        id: '1d2f523ba1d34dd8ae80781d7b756466'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sent_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1d7ff705fe45454dac10bd15065ce721'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '1dd009491178422a93bea2494de76125'
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
                        table: 'sys_ui_element'
                        id: '1e088ef83d294edeb76add00c3123ac7'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1e5ba9c28fc3451886ac51ec2a49ead2'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        id: '1e649d2224e44a80b40f5f55e054fb4c'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_dictionary'
                        id: '1ec085af959547b28899024b667746d2'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'dry_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1f2a50fd795c476185a706053468c7e2'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1f6977c3eafe4d59b23d8ab55b615b3b'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_choice'
                        id: '1f7ab287eab44369aa52bcb468cf811d'
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
                        id: '1fa0fcb8a7314e668031aba01248f669'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_security_acl_role'
                        id: '1fd82a6845724a3c81fe67f52bf1da19'
                        key: {
                            sys_security_acl: 'e8ee7546b4224f3e914a0bd1013ee543'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '20359d8c94f7453b89ae57396019a96e'
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
                        id: '219c46c4f55c4c55a66ac02aa1f4118c'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        table: 'sys_ui_section'
                        id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_choice_set'
                        id: '22d6691c69ef4a0cac95e24b489d3bfb'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '23211aed3e164aee84a2beed88ddb7d1'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '24de6eee66254c23918c15aede8432a5'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_dictionary'
                        id: '2554dc5668fd493aa8ce9dd2290e1d79'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25e4a2e33eb3417b8612321d08dfaeba'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '25e82ba44cfd4b70b088a8ddf47aced6'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '260316b66bdd4b249a0d867e4389ce20'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_ui_form_section'
                        id: '2627d915316c49bbb571e742c48d395a'
                        key: {
                            sys_ui_form: {
                                id: '458183440f6548529982ce6ca6b13582'
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
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_ui_list_element'
                        id: '26ce49d3b4474591a8ee3c2ddbe33248'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_ui_section'
                        id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_choice'
                        id: '27dd2d9810d6456fa958950485b23e15'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'sync'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2848fda472384d4781e5337603a0a66f'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_choice'
                        id: '2862bfaabfb54709b8c957e3c7f425ae'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2965daee81bf4b8582e23a6638057d39'
                        key: {
                            logical_table_name: 'x_incb_bridge_inbox'
                            col_name_string: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2b603615b2b24a729a4030e7dd579a8e'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2b81b9e6221e43f9ab6609b20d72b182'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '2dfe9e6ab0674c948fa0d8ab8c68ee35'
                        key: {
                            sys_ui_action: 'dae5820dc1c74f13a9498eaaca1fea70'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2ee7df15f76d48d7bc64d1097a0527a2'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'sys_ui_list_element'
                        id: '2f4aab8fb38942729d4ee40ee6a403db'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_dictionary'
                        id: '2fbc830e75234ef9a178bcc7467be82b'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '30847d73a7ac47cd84f204253c3cfd59'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '30ae36254fc440988347a87207c6efe8'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_organization'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '312f5a6860254c2b9234276e0aff462b'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_dictionary'
                        id: '3169f2b9fb344979ad098d0ff8dc2790'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_inbound_rev'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '316c30014ef44c5d9d609681414f342f'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '322244e436c3457dad2841244fb73ce0'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'base_url'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '32253e639f814ddcb81b68ac49ba9631'
                        key: {
                            logical_table_name: 'x_incb_bridge_outbox'
                            col_name_string: 'incident'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '32d074baf120492bae5c538443335729'
                        key: {
                            sys_security_acl: '57377bc7ffee4747961d95f2b126619a'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '343508d696fc414a9ec4f21e5a2cf970'
                        key: {
                            sys_ui_form: {
                                id: '490f70f141074a5aaeec5875f91d4386'
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
                                id: 'facc738b63424e2997eb303777fdb2c2'
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
                        table: 'sys_dictionary'
                        id: '34fca0aa18314004a563f71adc217a00'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_headers'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '353d0e949ce146dc80ae2cb92d25cb3f'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'dead'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3564c4e48c6e4719b0e4798cb9c8ed26'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_ui_element'
                        id: '3613b309e4464b7ca201d5b383b84413'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_dictionary'
                        id: '36393557cb054d0db52c0037d714f1e3'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '36b539efc04f42c6afe45a23617944fb'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_ui_element'
                        id: '370ecc9324534eac9f313c5c67404144'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_ui_element'
                        id: '3784ffd97a914ddc9db80286735466c4'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_dictionary'
                        id: '38a5c719063f4b6b9bc4a81384b6accd'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_journal_ids'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '393c0a32ccd64847a33b12b69aa2d634'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_choice_set'
                        id: '393ebaf20a8b448bbfb1072c7bbe4e84'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '39c4aca608e9403e828ee2648f9024d2'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3a3475eaa48845fdabf26fbc3a8b1c05'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'custom'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3a6644b40dca4a20a66d483b7e50e2b4'
                        key: {
                            list_id: {
                                id: 'c9d903eb17134ff3ab1f1602bc52dd08'
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
                        table: 'sys_documentation'
                        id: '3b28e6e8351a4b52a67a02b74ebebc7f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limit_remaining'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3c2c08a14a2a4279b0fc6d7b509471fd'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3cb1673bdaa046df834bdda7d0fad260'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3cc402084691452f9ed6f012e8a41da2'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        id: '3cc6b5e81a4a4e9a9f24ea8708e0a79e'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'sys_ui_element'
                        id: '3dec8cb195b14f099959cc908949549e'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_dictionary'
                        id: '3e1fc9a7d35e408cb28d3cf524f1c0fe'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'remote_value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3e91bcf89ee74d8ab945d1a821d52b3f'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_ui_list_element'
                        id: '3f3a511626284c44b13b2e3b829ead82'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_ui_element'
                        id: '3fb02f7183fa4771936b61c0d6a1673c'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_security_acl_role'
                        id: '3fb87e84bb694f53ae6ed1d89f546437'
                        key: {
                            sys_security_acl: 'a1a2a47d078547d0b9c2eb4332ae2ea1'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3fd3709cc6a3432fb73f31e462f2b0f2'
                        key: {
                            sys_security_acl: '1d256d52b852454b94e11a6339b3dc5e'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4070614e6531445a957ec288b84d0160'
                        key: {
                            sys_security_acl: '362de0bc17e443919e698757ef9982ae'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '407288e133e7441793a096ed44528131'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_list'
                        id: '41664b5b32a74a26834e33258c0cc96d'
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
                        table: 'sys_dictionary'
                        id: '4176cdf26c264b18a5641130da137d28'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '41a39640b1784f43acdbe2305864e508'
                        key: {
                            list_id: {
                                id: '41664b5b32a74a26834e33258c0cc96d'
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
                        table: 'sys_documentation'
                        id: '41f7ded9b8af489fb6953de836435653'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '430df95f1ac8420aac036cdef10b0808'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                            value: 'azure_devops'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4320cdcd4ec84841911b31eb8fdb4e25'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_ui_list_element'
                        id: '438ccd53f1ee4d8db802134938f5a002'
                        key: {
                            list_id: {
                                id: '41664b5b32a74a26834e33258c0cc96d'
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
                        table: 'sys_ui_section'
                        id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_ui_list_element'
                        id: '44209294c5c54f24acffdc8120dce59a'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_ui_form'
                        id: '458183440f6548529982ce6ca6b13582'
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
                        table: 'sys_ui_form_section'
                        id: '46268778e5ef48388880a64f4dc5cdac'
                        key: {
                            sys_ui_form: {
                                id: '490f70f141074a5aaeec5875f91d4386'
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
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_documentation'
                        id: '47181e77d2b34c789a7c3b7dc8f6d1dc'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'inbox'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4853d0e3d5ea45939fae61fda36f52b6'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '48f6d313493d4f7dbc423f3665c85f83'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_ui_form'
                        id: '490f70f141074a5aaeec5875f91d4386'
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
                        table: 'sys_ui_element'
                        id: '497891f166624ac99d1bcb0ce560bfd4'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_db_object'
                        id: '49a414d0f17d46d99caa71cf5bdbb040'
                        key: {
                            name: 'x_incb_bridge_inbox'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49e6fa9ecdbd4c5ea63923d48426358f'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49e902df1bfa49fa924401a1cde9a012'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c68b21e42dc450c9ed402a840277d52'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4c793f74183d4be88dbbb38ca8311157'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4ccf2cb493f6481da2fd4949721c9992'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4e80a222705147ee82dc696c67a7cdcb'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_list_element'
                        id: '4ec23a587df54aa3891c57692e4ac0b6'
                        key: {
                            list_id: {
                                id: '41664b5b32a74a26834e33258c0cc96d'
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
                        table: 'sys_ui_element'
                        id: '4f2602b23b2a4bf6a7d0df32703c983a'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_ui_element'
                        id: '4f9a5e96141c45e8bc7608a8364d3aa4'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        id: '4ffcbb2bb4e94f689363c2437910539e'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '50612fa03b8f4a4f9064f0292def3f11'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_rev'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5088a0a0398143bb8a8cc9f6a6385c36'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '50c2981ccac54214bf83817bf358ac5f'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '51472218c1b749f2a0ca19fc07cc105f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'mid_server'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '51c9667476c1417d86b7259bebe955bd'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_dictionary'
                        id: '51d3b4db1dc34bf2a83d72eea7cafc93'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5355fdef9633436aaeca0f4719cd2fdf'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            value: 'internal'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5369fae355fc4ae7bc25f72da26d87aa'
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
                        id: '53d29ab02cb145ecb357a75bcf620cc5'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53d907bbc9f54353a55dc786702329db'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '55000bcc16a7481b9adf821fc7c7b6a8'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                        table: 'sys_ui_element'
                        id: '5525e19c425b4ebb824792dadf8792bd'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_ui_element'
                        id: '55b65952515e48469f507ba4af5d0be6'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                        table: 'sys_documentation'
                        id: '55d97803f27d4a89844d45a051c6e5aa'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'base_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '55f1f053525246e0a3cccd8a41a8fc26'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_dictionary'
                        id: '563ca38b7df8492988ba5eb6abb1b21b'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '575a0c0ac9584413801ffb4aca353e36'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '575bb9ecbcb44113a9de102c6ed803fe'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '57c180c2fb764f6d99a12720e7aa626a'
                        key: {
                            sys_ui_section: {
                                id: '6dc87462965145be8f42c4f8984ca4cc'
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
                        table: 'sys_ui_section'
                        id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_choice'
                        id: '585f36fb58e548af955d65cccee82717'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'close_code'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '58aa7e420e624eca90b14830a0166cb5'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'remote_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '58f63cd7867b4c178121a8c598fd639c'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_documentation'
                        id: '5905a33159024d7c9b2dd20bd63ed8cd'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5ab3cec8773142968252dcd187c6709e'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5ae07d6e5aaf4d5086253dda74da1ecb'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_form'
                        id: '5af2b0b26e6b411587da9cbfd81e1b1b'
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
                        table: 'sys_ui_list_element'
                        id: '5b0aa5362c6f4297bf9f4e7af4d608ea'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_ui_element'
                        id: '5ba4347cb2da446b9bfd20c6e916ac14'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_dictionary'
                        id: '5bab7f25f670484188b191222757957b'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5bc615df286f4ce5a144751f274af77b'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5d99da401c6c41b0abf49a7b18937551'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_list_element'
                        id: '5dd270926448478485976be2631d003e'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_documentation'
                        id: '5e4c0325fc214413a068ac5485cf85db'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outbox'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5e8e881a3e5e4c13975ed2664ced2071'
                        key: {
                            list_id: {
                                id: 'c9d903eb17134ff3ab1f1602bc52dd08'
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
                        table: 'sys_choice'
                        id: '5f08eb57f66846878e41773bb1645ad0'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'unknown'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '5f4cf88546934662b8b035efc3ae4af6'
                        key: {
                            logical_table_name: 'x_incb_bridge_log'
                            col_name_string: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5f7ec9e689e04b56ac2ca22ec911af88'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_choice'
                        id: '5f89bc084221409b85fcfb4dcc7e74eb'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'skipped'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '601db010c665492ca6a7db5541f3901c'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'endpoint'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6046cf767b2842ee8c2b46406ab006cb'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_documentation'
                        id: '6088f0c794c94448aad477f6696a8e99'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'trigger_condition'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '60a6217f4d8a4f1a96e88da692157014'
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
                        table: 'sys_index'
                        id: '60ab6380f58f47bb9a4fe61974bccee2'
                        key: {
                            logical_table_name: 'x_incb_bridge_outbox'
                            col_name_string: 'state,next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '60e1f2983d58468a9fe7bee27507b4ec'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        id: '611d7e69198a4cc0957d0988d0db4fbb'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6123c3837703415f9a1e43413dc4af69'
                        key: {
                            sys_security_acl: '2c1158eb0a9747c38e6ca46af07da5dd'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6163f703d20043c0871e558eee55bae7'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_ui_element'
                        id: '631264db70cf4a72bf39b5932d9bffb8'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        id: '63586481a51543d286bc31278fab65cd'
                        key: {
                            sys_ui_section: {
                                id: '6dc87462965145be8f42c4f8984ca4cc'
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
                        table: 'sys_documentation'
                        id: '638d395635dc4eea8a06bb0dacbcf19d'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6394704e73e54570ae595a3eca6f5e3a'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        id: '63bbef307e974a35ad5c51073795eaaa'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_ui_element'
                        id: '640e9a6b26d44889b8d0432afe1f7231'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_dictionary'
                        id: '641dbcce03e845eeaa1d3074e14a515f'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '64b516592ddc4d33906cc7efff930d7f'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'sys_documentation'
                        id: '65504506a7e34f2ea3a44dfb913bbfa8'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '65ada045a09046a2b7d1eb3828aaf89c'
                        key: {
                            name: 'x_incb_bridge_value_map'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '65adc19031f74371bbb7d185dd022a1b'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_dictionary'
                        id: '669db195fe2c48a28ffaef2e5a7ec197'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_body'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '66d0e17ded854ba7a4ad334211b0648c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                            value: 'webhook'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6776a259b0394d5daef8e4b080519e0c'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claim_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6a7296c8e415406cab0942b7383e1fea'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        id: '6a88caf98f1c49159e68f4527e34c01d'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_fingerprint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6aa7fae39e974925832ef602903309d3'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_ui_list_element'
                        id: '6ab5951db09b4351abc1085bfddfeb98'
                        key: {
                            list_id: {
                                id: '41664b5b32a74a26834e33258c0cc96d'
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
                        table: 'sys_ui_element'
                        id: '6bbd2a43d70440a2bbb4ad2841eba411'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_element'
                        id: '6bcd58205ed9481a9c7c71570eec24b6'
                        key: {
                            sys_ui_section: {
                                id: '9976a8dfa0b34974941cf7e158f14a51'
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
                        table: 'sys_documentation'
                        id: '6d3d3e8103204424960ae838b2081373'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_comments'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6da163e113d24eb3a7b0e41b89ef3125'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_section'
                        id: '6dc87462965145be8f42c4f8984ca4cc'
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
                        table: 'sys_ui_list_element'
                        id: '6dd1f43ab61540e381b666ff1602ff4e'
                        key: {
                            list_id: {
                                id: '41664b5b32a74a26834e33258c0cc96d'
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
                        table: 'sys_ui_list_element'
                        id: '6e165b7a970b4ff3979eaa4569f0c000'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_documentation'
                        id: '6eb23c148c4d4224b0b64b5fbfa6198c'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claimed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6f6554bf190647cfac2d3a257ce484b3'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '70235f844371415a98fc4213825691d6'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '707e0e7edaa948b884b08920357765fe'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '713e4ca244d24d2c8b578c4827e87a81'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '71760a82f7494acbb1057c36074e9bdc'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_dictionary'
                        id: '717ced4b2b964810abaa673fd8a08131'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'sn_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '718c2d4e6c23412eb845295af83d9381'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'signing_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '72750e096e864cd398e99082ecbd1b50'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_choice'
                        id: '735e281b86be4ffd96d16877532aab83'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '736c77b369754f59930560be51903f32'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_element'
                        id: '738e3718421d4a989dd4436073d83db9'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'sys_choice_set'
                        id: '7415a12669fe4321af38d6e460ed4224'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7508e5f9264245dbbb9db1a18e3f7f8e'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_project'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7614698db2f540ad9554e07d2094bf05'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claim_token'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7770ff8a519e48a18227c84c23019cd5'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_ui_element'
                        id: '78163d6e7cb645b89810dd664229c97c'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_list_element'
                        id: '787a7afed4f04212a8b1cb734ab9599b'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_choice'
                        id: '7920b9fb6ecb48289521a782a30416a4'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'push'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79952d4d60ef47cc99f5aa8440e29eb9'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '79b75ace90ea4820bf52bba1e9a0dbcf'
                        key: {
                            list_id: {
                                id: 'c9d903eb17134ff3ab1f1602bc52dd08'
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
                        table: 'sys_ui_list_element'
                        id: '7a254f9bee724d13ac459d603fe02d0d'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        table: 'sys_choice'
                        id: '7a7eb78f946f4b7382af644732929c0b'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'received'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7b0180a6039b47b18430c23d93a9ff0c'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_ui_element'
                        id: '7b5b6311a57644b488b695912df24a43'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_documentation'
                        id: '7b5d2c1140f644959a1c10792a9717ae'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'last_inbound_rev'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7b9276b7b2a4497ea425dde38576717b'
                        key: {
                            sys_security_acl: 'a11120a125b441f7a716c8b11d9d8c72'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7bd0f80f97d749eb9c631e1428b59fb8'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7ca1476c4eee4a85b857f78740c36fee'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        id: '7cc55ca0e9e647999395631e615284c9'
                        key: {
                            list_id: {
                                id: 'c9d903eb17134ff3ab1f1602bc52dd08'
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
                        table: 'sys_ui_element'
                        id: '7d19dd7732274381935757ccbf3da611'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        id: '7dffbeacd8f24e79ab30026ff3d4a770'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e2ad35bd8e24b99b6cb9f9a73c1219a'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f077e9eface454cb35a6103bbcca8da'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7f786155038e47a98d1a012c581f42e2'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_documentation'
                        id: '805135a63ece44a9b4d82dc8f8e42bbc'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'basic_auth_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '809d7180c53246e1a2a134f2793f949d'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_user_role'
                        id: '815def4a2b0a4015b7510e724f6c7b36'
                        key: {
                            name: 'x_incb_bridge.agent'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '816af9106a9e43f7b432ab6a1508c6a9'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '81ff5b5fb89649aba010d831fd7fc581'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_probe_token'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'ua_table_licensing_config'
                        id: '82f1312183894c76a0492a513e2b66dd'
                        key: {
                            name: 'x_incb_bridge_connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '83bb74b289704d189633d10197189c24'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_secret'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '840b777368904039ac4df828b1ba287d'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '859a9b69cb824b9dab1dfe6f6eb61c22'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '861c9b9eb34a46e9a8bcf97572b98d0a'
                        key: {
                            list_id: {
                                id: '41664b5b32a74a26834e33258c0cc96d'
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
                        id: '86a7a08a4f6948f493f62a4f16fef5b7'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '86de96e79ccd43a78ccc5b519e6041b1'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_db_object'
                        id: '87400fc005544f3e880ad749ea98f899'
                        key: {
                            name: 'x_incb_bridge_link'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8767179dcb484f95a5f8e8037c99c3fb'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '87ddabbd499749a2859e82a4dd5a704b'
                        key: {
                            logical_table_name: 'x_incb_bridge_link'
                            col_name_string: 'incident,connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '881b06dbd89040c2b2c7b5abe788d1de'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'request_headers'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '886c262bdc204da19b5ba1e888e1f6b1'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'agile'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '88cfb0283bc94d13b1e2c5af051b41be'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'duration_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8917cf166d814911a4e2d9f7a7da4ceb'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8999d8f317534667a0334ac2a979c16a'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '89dd3ef6d09c4db28625d1f90dcdc29a'
                        key: {
                            sys_security_acl: '6ee23f3384744c17b92de3c95167230a'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '8a14c50f2eee4246ba703d2e0343c254'
                        key: {
                            sys_ui_form: {
                                id: '60a6217f4d8a4f1a96e88da692157014'
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
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_documentation'
                        id: '8ad005bbf6ed48b288823dffad36ba6d'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_journal_ids'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b409cd0bdd54e5281dbf0a8bb574562'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8b6a549347dc413bae157765ede5c203'
                        key: {
                            sys_security_acl: 'ea38351f9b8a4c36af7145a7b5808178'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8bb1bf09b04d4f6cb9cc52de44d24b78'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'ua_table_licensing_config'
                        id: '8cac50ad65ef4a8895f6bc85efd20ad1'
                        key: {
                            name: 'x_incb_bridge_link'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8cbb4f00f8724c2f9644d1cddae5f652'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outbox'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8ce9fbc673ca410795206a9eadacd9e5'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_choice'
                        id: '8d5c3ccb87b04d81b1ff45530adc99d2'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                            value: 'unlinked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8df2d5eabd624d2ebec485b1b758611f'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_dictionary'
                        id: '8e0b0ad359cf4f90a0e5deb4f01c4e2a'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limit_remaining'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8e4b51f3139e47afa8929afeed62c5fd'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'sys_ui_element'
                        id: '8f082d2e9fc242ad9b5e6543a4843b92'
                        key: {
                            sys_ui_section: {
                                id: 'facc738b63424e2997eb303777fdb2c2'
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
                        table: 'sys_ui_element'
                        id: '8f4b0c82fe3745f0b65fa861797590a2'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_element'
                        id: '8f8793ee32f748f288c00a15ef28b26a'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_documentation'
                        id: '9016f81cc89c4ac1b27da3a192eb68a2'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_checked_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '909e5b634cd94691bbc65d9cb4d8617b'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_ui_list_element'
                        id: '914f3d6a44cd453db394e42dc14146fa'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_ui_form_section'
                        id: '932c4d2c38b24b53992a165f3e6906eb'
                        key: {
                            sys_ui_form: {
                                id: '60a6217f4d8a4f1a96e88da692157014'
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
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        id: '9457df99782548899520643cf814ff63'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_table'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9472b0b97f254fa1a7723a8eb1ba6b0d'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94b618d44bad4a89832396ae1586fafb'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'label'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '95c53ed24c7a49bcba8b9ee6ec5d21c6'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '964ac95128424d2ba9feb2a7844e1765'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'support_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '968512f82c954c16b06739d2dabaf296'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'trigger_condition'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9685af7cd3e746bea3133c2c9c571635'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_ui_element'
                        id: '96baae07e7f54df5b1697cdc49f4f030'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_documentation'
                        id: '96e90db26ce64a10bca359083f505481'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '970845ed805d4fb08e8fb2e8b5e462e6'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'create'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '978e9522d45a446b89ebd7287db1a87b'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '97d29d8069234a4f9c135a67d46f7c26'
                        key: {
                            name: 'x_incb_bridge_outbox'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '97f2f1a106234e7e96b2efa0ae62e84c'
                        key: {
                            sys_security_acl: '8db42c41958f4cea8248f1e1ef39843e'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '981ce6b44c524ba7bd1cf7edbb749390'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_body'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98995f9f1d394a60abce515e36d20517'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_organization'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98f1de2066914913b6457e1517de8a39'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'consecutive_failures'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '99512be63b8a4389b345c5d3f9f75b39'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'processed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '9976a8dfa0b34974941cf7e158f14a51'
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
                        table: 'sys_documentation'
                        id: '9c0ee1a4fef8418f8d60a21aa26ec4e7'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9c538f3fc4b54ed1bda6bbcd57d8cc00'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_dictionary'
                        id: '9de417e08f29434cb6b0a64eb6bd5044'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_attachment_ids'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9e6fdd6706504484b1304184c84d734d'
                        key: {
                            sys_security_acl: '50832a4f788c454d9eb0ac06612a72a0'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9f4a4ffcb177480dabb75aa250243816'
                        key: {
                            sys_security_acl: '5f94a8151d7f44129e30e72d5412c0f3'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a0bd00c1dcc246c395ac0368119f59ed'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_choice_set'
                        id: 'a0bf752b553f4240aa401557e2210a36'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a0e6dff8882c4e1f9b925f9b752d1230'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        table: 'sys_security_acl_role'
                        id: 'a2ccea6db8c748e7909991b131bc80af'
                        key: {
                            sys_security_acl: '40dcce11ce31403891f0e656d1dc2b56'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a312bcc9d84c4bbc9f9485145aba597a'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_ui_element'
                        id: 'a35445dfd87f4cab9f3bb9d48e228bf1'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_security_acl_role'
                        id: 'a4babd1708c7427fb23b929f289e4bd9'
                        key: {
                            sys_security_acl: '7b12ba2f138b4d7dab0d0fe704904829'
                            sys_user_role: {
                                id: '815def4a2b0a4015b7510e724f6c7b36'
                                key: {
                                    name: 'x_incb_bridge.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5cf4b1ff69941dbb96d35865f77953e'
                        key: {
                            sys_security_acl: '049aa68df3a84a8b97ec321e6c224dff'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a64817cb83714fa88b371a201d4e83bc'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a6619434d0b243f7aeee07f1dfc57c87'
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
                        id: 'a69602180dc141d38e37e0f79344a77e'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a69c3125cad44fec9a20e42dcc761ca4'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_dictionary'
                        id: 'a6fa44858598442b868c0dc46962074a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a79cdffb7ca04c3095171112bfa21af0'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_dictionary'
                        id: 'a85fa68b55274d12aac713e953bfbb75'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a986d69cf21d471d904b92d3b0a2719d'
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
                        id: 'a9eec1ac27f441cfae0bd860a59a1bc5'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_rev'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ab3a85b1928040ad8839b7b5a41841d0'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_dictionary'
                        id: 'ab493a20f62a430d923056e3cdd41628'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'oauth_profile'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'abfd0092eda544a99cacb9fa554349f6'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'mid_server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac2a6641f8dc47c3917b407036fce2aa'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac36c4d6f605493d82c6bae9ff14de08'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'acfbb2a79ccb415f87cf6d3e28b12900'
                        key: {
                            list_id: {
                                id: 'c9d903eb17134ff3ab1f1602bc52dd08'
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
                        table: 'sys_security_acl_role'
                        id: 'ad7afcbdd37c457e8bdfb89ee27d8499'
                        key: {
                            sys_security_acl: '29ad79bc2fc444669335f93280d9833b'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'ad7c6f3d3782471e9e5275c5943a9fae'
                        key: {
                            sys_ui_form: {
                                id: '1dd009491178422a93bea2494de76125'
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
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_ui_element'
                        id: 'ada9bef22ace413e85af19f97e5fd48a'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_element'
                        id: 'ae3c75a1397943cfa2bb34a89d8e9062'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_user_role'
                        id: 'ae913ff252164465b1fd95b62d5bb6e8'
                        key: {
                            name: 'x_incb_bridge.integration'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aecbd5581f994126b2c9a78c3a952e02'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_dictionary'
                        id: 'b031f52b230c4cdead7314933d9359da'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b0ebb8547cdd412fa7e61530a1e36e06'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_ui_element'
                        id: 'b105b30958264629bcd1bb9e2014bcd0'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        id: 'b14c3d9d4565498db9ee8af651d4f43c'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_documentation'
                        id: 'b14e19321f02433e848fbfd45a1fadf3'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_work_notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b163153f559e44ffa466f7635b891839'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'synced_attachment_ids'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'b3967412b10b472f858226829f47a54d'
                        key: {
                            sys_ui_action: 'e8907d50661a49eabfc8042ce6426593'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b497feb7f7514342adb40724cfbbcc45'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        table: 'sys_dictionary'
                        id: 'b4c4c87a96834adf80c8fe5b33d4a80a'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_open_until'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4ccbfca42ff40d782ce95966664302b'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'request_timeout_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b51d75be5ac54610aded4e17b63ec5dd'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'sys_dictionary'
                        id: 'b523c205a13e47b4a5de6b2f2ba89cf3'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sent_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b5c9505ce8cf45ad80a23d6ca51592f4'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b60a17d0ccae4084964256a6cb336b4e'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'degraded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b690e5d1098646bba47f0f87ae31bc2b'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                        table: 'sys_ui_list_element'
                        id: 'b72fb8e7611d461b9385b16a9215db11'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_ui_list_element'
                        id: 'b7490e44287f4893859669508102dfc2'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_choice'
                        id: 'b76e4109b3774c07aff084da25763457'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'impact'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b788ad548dd749f8bdb71f0d389799c7'
                        key: {
                            logical_table_name: 'x_incb_bridge_inbox'
                            col_name_string: 'dedupe_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b7983f609c194bf58e429add452c4c92'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b81c1416c6aa4feba613df70600e388c'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        table: 'sys_ui_form_section'
                        id: 'b83a7be9a973496ea15a4acadaba7038'
                        key: {
                            sys_ui_form: {
                                id: '60a6217f4d8a4f1a96e88da692157014'
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
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_ui_form_section'
                        id: 'b8bbbd7198c149d3b8f5efa1f23419de'
                        key: {
                            sys_ui_form: {
                                id: 'c51a2fff18d64f7889b3089164b5a305'
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
                                id: '6dc87462965145be8f42c4f8984ca4cc'
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
                        table: 'sys_security_acl_role'
                        id: 'b9957215d5c142539012d1e28193ee5e'
                        key: {
                            sys_security_acl: '6199af1533784a17be3ed3af3e11b81f'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b9c99726717f4cd38e32ad54d02a743b'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_documentation'
                        id: 'bb617cac2e984dea8e366bce382be550'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_headers'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bb986e46554f42ea9c9d787a0f50138e'
                        key: {
                            sys_security_acl: '14670b31098a49c382e0e30e1a7f71c6'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc1c133b4c1946a1a7996b881be48b36'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_dictionary'
                        id: 'bd61ee171c584aa5b282e18701692bb4'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bdcd0262ecce40758b4b07e9eae17af5'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'response_headers'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'be1804d9733f40219a4dfd14248a51dc'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_ui_form_section'
                        id: 'bf86dc6ec014440ba7e032981d247eb2'
                        key: {
                            sys_ui_form: {
                                id: '60a6217f4d8a4f1a96e88da692157014'
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
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                        table: 'sys_ui_element'
                        id: 'bf89b35aac9b405ba382f2fb0558a8f0'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bffe46ea0ec146cdb750151c5baf06ab'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_choice'
                        id: 'c023c04a34f74a4aab27fec8a8f5433d'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c0a66ee48bc348b2904dc143eb99dbf4'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_element'
                        id: 'c13c828058824c38b8b2c19c3945d31f'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_dictionary'
                        id: 'c1788d1211e94aebb8161040fb58c575'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c180deb0a25b4fa6aec9c38a9471f2c7'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                        table: 'sys_choice'
                        id: 'c1d5cc2403984716b97f25934f147f79'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'priority'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c24f4a9bcc874d5f9c6a7008244b8738'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        id: 'c282075127e04b839a7356615828baf8'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'processed_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c2999364c76347539234bb3a997f1b8f'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'processed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c35b5ddfb1db49f4b86020e6fa9939e9'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'source_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c36c4dc8af4e44119ce91a0c856b5fed'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'state'
                            value: 'sending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c51278210aaf4c77bc9e0c483c07fc9f'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c51a2fff18d64f7889b3089164b5a305'
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
                        table: 'sys_ui_list_element'
                        id: 'c53cb1c5ced442128553ce092ca4bc4e'
                        key: {
                            list_id: {
                                id: 'c9d903eb17134ff3ab1f1602bc52dd08'
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
                        table: 'sys_ui_element'
                        id: 'c5b65f8833c24a918dc59e3621bc5a42'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c5bdc5ef82224a3ba1fff0665a7f6ad9'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'c5be16b2de3544cda3b6c3b154a99d9d'
                        key: {
                            name: 'x_incb_bridge_value_map'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c6ba0e5e5827473b84f470aecd025c1c'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c6f5be7b1ef6460c9df33159ed3b1485'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'support_group'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c714a016ffd94c72852b91d4b98648f2'
                        key: {
                            sys_ui_section: {
                                id: '6dc87462965145be8f42c4f8984ca4cc'
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
                        table: 'sys_documentation'
                        id: 'c740b2288e284cfda52ca839c42a97a5'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'oauth_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c7531df153314fd1bca8cbae3267d320'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        id: 'c7c570f381264857b5b29c486691774d'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_comments'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c8fcebc8b0aa45c49ef748efff52e0f3'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'healthy'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c9ab9cd8fbcd48a9b09e149e70adee67'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'oauth2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'c9d903eb17134ff3ab1f1602bc52dd08'
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
                        table: 'sys_documentation'
                        id: 'c9db04e2554f4bd7b4b3b006387d5709'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'endpoint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc1bb06f6ced4448bc668d082e4274a2'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'dedupe_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cca02ca6433a4bf7a7a45a7a8062612a'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                            value: 'linked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'cde92fa8017046e7b0308e85541bf452'
                        key: {
                            name: 'x_incb_bridge_connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ce00469036d94f438f57f02cbdcdfd76'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'cea6643a42e547d697269b12119fb3bb'
                        key: {
                            sys_ui_form: {
                                id: '5af2b0b26e6b411587da9cbfd81e1b1b'
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
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        id: 'd0417550f63144b49cfaeb6791a8ed22'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_element'
                        id: 'd09d7213f352484f9c1fc3b328a6ab83'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_ui_section'
                        id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_ui_element'
                        id: 'd135877714a648acb7ba65eb25d76ba5'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_ui_list_element'
                        id: 'd1856881924240e9a79b100c2b69db45'
                        key: {
                            list_id: {
                                id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_documentation'
                        id: 'd1952cb32a4e46e98405e0a629623161'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd1a7418d344449b2a41bc95eb0bb559d'
                        key: {
                            list_id: {
                                id: '41664b5b32a74a26834e33258c0cc96d'
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
                        table: 'sys_choice'
                        id: 'd21e9789804041d4b133abc74888371d'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            value: 'both'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd2abb82b400240f9b5c95a5bd23d0ef3'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd41795c8af884bc9bdb188df02bc4346'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'basic_auth_profile'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd449d6716dae4f0ebadac90a23b9eb51'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd56a0660938f483381c1913fa6edfc9a'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'rate_limited_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd59200dd78d141ddbcd1e4a22b35dfa5'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sequence'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd5d67167199048d993d2cf183a76943c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'max_attempts'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd5ff9736709c444283d1f2ddf003ba71'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_work_notes'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd65627d669c540908bd1d9f3b6b46508'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'request_timeout_ms'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd6aa3c523bf24c0aa2f3b6a886a0c9f5'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                        table: 'sys_documentation'
                        id: 'd6bee04988af43c2935a8843b4cd03c9'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'd6f60a2ddaaa4101a430f14f2a10cb61'
                        key: {
                            sys_ui_action: '78c4a52057494a4a83aa6b1c9dc1f173'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd785b9ad4d444bc1ab0f789953f123c0'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'create_incidents_from_remote'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd807e1f328f94ebe8efa9c0fdcaaf71c'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd80e06d00edb440dac61a656a2cd437a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd89a62b9b6564243bc492d2b4f332e41'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd8b2ed58874f470eb5e73ea6c43f613a'
                        key: {
                            sys_security_acl: '4fdc15af9a8c40ff87d65b83dfbef255'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8cfa368cbe9487188ce3e151c31c749'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd9e35d05e9644eb18c9becb1c72b5bab'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'da33f115d4eb444e9e01f5cc13cfc161'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'da9fc1cf90b84fe8a5ae91c58adf6014'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_work_item_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'daa445e2cb0d45afa92f7517d48d5b1d'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc0d18a5ab3b45668858fffd93f4edd5'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd6c6b3ce23f4ece982ee9cc1ac3a8a8'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_open_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'de5613e45b96446d9fd336f1f62826b8'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'state'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'de7be2ba0d304d2587fe150a19305daa'
                        key: {
                            name: 'x_incb_bridge_log'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dea0dbfdc3604e2f854500ffe6f93c2a'
                        key: {
                            sys_security_acl: '87496b27c3784f3094ecaea3b9b4f7fd'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'df61c491ff1647b096d21c107f465963'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_documentation'
                        id: 'dfce3d99157a4cb792ec64f1cf8be476'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'remote_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e04fbabae47048d38372a4d73feef74f'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        table: 'sys_user_role'
                        id: 'e068310fefd84957ae5cb780b0b7019b'
                        key: {
                            name: 'x_incb_bridge.admin'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e0ba16b0c0ce49658e1ed548da74c3e4'
                        key: {
                            list_id: {
                                id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        table: 'sys_choice'
                        id: 'e1af17b2dac34f6e9f00ee6f0e624789'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'pat'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e1d7a43775ff494c9900db13ab5d5a28'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e1e4a4c5263846f9ad41cfa71e2a4c26'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_ui_element'
                        id: 'e213ee585f094e41a7ad67a82e7f93b0'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        id: 'e22f2ab017fb48e5a333b4a43fb7f5de'
                        key: {
                            sys_ui_section: {
                                id: '82aca5b86b5e481d97b3402a9223b871'
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
                        table: 'sys_ui_element'
                        id: 'e303e50af96b4b53b60049cb2a2e4a6d'
                        key: {
                            sys_ui_section: {
                                id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_ui_list_element'
                        id: 'e35dfcfb2e6f42329297067d1d719c29'
                        key: {
                            list_id: {
                                id: '20359d8c94f7453b89ae57396019a96e'
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
                        table: 'sys_documentation'
                        id: 'e361cdd0a2f140e5aa63afeb1e7b5d2b'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'sequence'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e3caa2754f4b42de96f41327304d6b24'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'basic'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3e725388d6d4236873bde18858f00b8'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'remote_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e446a91c88db443d8a1cda87a9dd5d95'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'ado_work_item_type'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e459d61850d149ac9ad41c7109c06299'
                        key: {
                            name: 'x_incb_bridge_log'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e49ca41356614a769daf713121c23201'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                            value: 'basic'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e59bcbac6b3c4ce19a2528c417fc7491'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e611de24b15d496a8423168a88f9ff67'
                        key: {
                            sys_ui_section: {
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_documentation'
                        id: 'e6c9a2337a6a4f8fba01a6407656246b'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e8258ad41119478a9f525c8fd0fa502b'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e8834eb3629444fab4b0da8f1740e061'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e9251c7b48c54b77adab08f2a694d20a'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'retry'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ea33f7b6c21a44cfa2c567a11ba8dbad'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_choice'
                        id: 'eab6eb13e19e46c0a99f4603d42d525f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'inbound_journal'
                            value: 'work_notes'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eb0243954de14da18a8888ca6d0cbe25'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_error'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'eb44a0302d7b4b7bae4ba1dbdefa3a68'
                        key: {
                            sys_ui_section: {
                                id: 'afea31f01f0742c8aa9af3ad0b8e3275'
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
                        table: 'sys_documentation'
                        id: 'eb573845620a474f9e8e748e653b5672'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'dry_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ebb8f15893194e58af19d55108a1e50d'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_documentation'
                        id: 'ebebbde69c724bb5b2f4f5e9000f02b5'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec8a35fc8270413992277819e811bb57'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'event_id'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ed2375e15672425f956557ecfaab1514'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_ui_element'
                        id: 'ee8bc6f7b78a480da14c54238e74b8ed'
                        key: {
                            sys_ui_section: {
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_ui_form_section'
                        id: 'ef514f748e0a483b828dd0e56fb24b0a'
                        key: {
                            sys_ui_form: {
                                id: 'c51a2fff18d64f7889b3089164b5a305'
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
                                id: '5811fd40c799438a92de527832a929c4'
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
                        table: 'sys_security_acl_role'
                        id: 'ef574f8c45c24214a2404acec857ed4d'
                        key: {
                            sys_security_acl: '6384fcdd689647229269aa85b00b6124'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ef5b050398634fc591cb348fa5fa8dc3'
                        key: {
                            name: 'x_incb_bridge_value_map'
                            element: 'field'
                            value: 'urgency'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'f0288a83e31d44329e9c1c264d292497'
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
                        table: 'sys_choice'
                        id: 'f047e16357964377983860a1624df379'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f04e8e8aafd8470f9523d93f84df067c'
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
                        id: 'f0d44b7fe48c421babe87392857974cf'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'circuit_probe_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f10d6000282f4626b09a334bb7df0889'
                        key: {
                            list_id: {
                                id: '13f09ed2c8b84b97ba89e2f079ba12c6'
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
                        table: 'sys_ui_element'
                        id: 'f2278821281b454fb847581b63c3a467'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_dictionary'
                        id: 'f27ae00758a34c2e997c7c63989c0756'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f378631b20ae49daaac1bd1df47fea52'
                        key: {
                            name: 'x_incb_bridge_inbox'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f4031c2e6df3489dae801b9cda92d464'
                        key: {
                            sys_ui_section: {
                                id: '4407d7b8d5074f25bf885400309a5535'
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
                        table: 'sys_dictionary'
                        id: 'f42f706805264169a9f241162cb71db0'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f44c5d1f4f4b4ae099ce0b199d984698'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4918a4fb4294e2688e9e59940de7492'
                        key: {
                            name: 'x_incb_bridge_link'
                            element: 'remote_rev'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'f4cd5b7cc7ef48959e04400e89d0815c'
                        key: {
                            logical_table_name: 'x_incb_bridge_link'
                            col_name_string: 'connection,remote_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f4ef22ae7ee74070b63c84269dfd49f4'
                        key: {
                            sys_ui_section: {
                                id: '08cb59094069472faaf44485a9a38a43'
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
                        table: 'sys_choice'
                        id: 'f4feb0475ef44d87bdc0dbfcc688773e'
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
                        id: 'f513c63654b0430dbf6d86087635f781'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f5e7c54208be4d1c847a8d8b3d8614a7'
                        key: {
                            name: 'x_incb_bridge_inbox'
                            element: 'state'
                            value: 'ignored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f5e870836a4e4d3293495f8a19719af9'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'dry_run'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f5e8aa1ed6654d8eaebd4f1b033d5ce0'
                        key: {
                            sys_ui_section: {
                                id: '9976a8dfa0b34974941cf7e158f14a51'
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
                        table: 'sys_choice'
                        id: 'f6a3c2b679a745eda3841db9c1772077'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'attachment'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6e8db694ad644a19fb7b88f68c2cefa'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'close_notes'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'f7b333beda55451abd89932823bfcad6'
                        key: {
                            sys_ui_form: {
                                id: '60a6217f4d8a4f1a96e88da692157014'
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
                                id: '274fc32c53a947bb837046979d089661'
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
                        table: 'sys_security_acl_role'
                        id: 'f83670a10ff548f1917cdba76ef8d6f1'
                        key: {
                            sys_security_acl: '7b12ba2f138b4d7dab0d0fe704904829'
                            sys_user_role: {
                                id: 'e068310fefd84957ae5cb780b0b7019b'
                                key: {
                                    name: 'x_incb_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f84e55b5529947239f8b69482bde1a92'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'auth_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f8a107924c9e431abccbe2fdc3cd7857'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'max_attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f8b4430cde1a409d9c02edfd12c506da'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'operation'
                            value: 'update'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f91fd0478a5c430a98c5f21d160c2357'
                        key: {
                            sys_ui_section: {
                                id: 'd10775f766b4462eb29ced0654453ef6'
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
                        table: 'sys_choice'
                        id: 'f953964d966f40a38f8f06ba7bdd6503'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'health_status'
                            value: 'down'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f99734d11b214a89bdadc72bcaa29ce8'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'catchup_watermark'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f9e53dcb110840e9a68649a46271bf4d'
                        key: {
                            sys_ui_section: {
                                id: 'c1bc0ab9176e4ffd92e0120499ca401e'
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
                            element: 'ece41adb36294aecae2b2fea655fbaad'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'facc738b63424e2997eb303777fdb2c2'
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
                        id: 'fb87a6e71d0c43709d11e1611345b61a'
                        key: {
                            sys_ui_section: {
                                id: '21a4c5022de243f29f2525ed760208c6'
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
                        table: 'sys_dictionary'
                        id: 'fb8d6b3d320e47cc9fc39ca0238e498f'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'value_map_preset'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fd036944e66e4ac0988a09d0fe05f9cc'
                        key: {
                            sys_ui_section: {
                                id: 'facc738b63424e2997eb303777fdb2c2'
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
                        table: 'sys_choice'
                        id: 'fd0a2b16ae874e83a26b797f3f9e94a2'
                        key: {
                            name: 'x_incb_bridge_log'
                            element: 'outcome'
                            value: 'failure'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fd85b027a0fe4597bfaf8dfc12784e6c'
                        key: {
                            name: 'x_incb_bridge_connection'
                            element: 'sync_direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'fe96a401b95645bfa14f41fa453b4e29'
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
                        table: 'sys_ui_form_section'
                        id: 'ff6dfd9abb1c46e88305e53edc83cd5d'
                        key: {
                            sys_ui_form: {
                                id: '490f70f141074a5aaeec5875f91d4386'
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
                                id: '9976a8dfa0b34974941cf7e158f14a51'
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
                        table: 'sys_dictionary'
                        id: 'ffff94b26e974388a2570486ddb4d767'
                        key: {
                            name: 'x_incb_bridge_outbox'
                            element: 'claimed_at'
                        }
                    },
                ]
            }
        }
    }
}

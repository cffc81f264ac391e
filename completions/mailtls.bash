# bash completion for mailtls(1), the command-line twin of MailTLS Workbench.
#
# Installed as share/bash-completion/completions/mailtls (bash-completion loads it on the first
# `mailtls <TAB>`); without bash-completion, `source` it from ~/.bashrc. It works with bash
# alone and uses bash-completion's helpers (_filedir, _known_hosts_real) when they are there.
#
# The option lists follow `mailtls COMMAND --help`; tests/docs/test_completions.py fails when
# a --help lists an option, subcommand, profile or personality this file does not offer.

_mailtls_commands="session scan cert explain simulate compare practice-server log queue fleet domain records"
_mailtls_cert_commands="inspect key selfsigned csr ca dhparam pkcs12"
_mailtls_severities="info low medium high critical"
_mailtls_tls_versions="1.0 1.1 1.2 1.3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3"
_mailtls_key_types="rsa2048 rsa3072 rsa4096 ec-p256 ec-p384 ed25519"
# `mailtls simulate --list-profiles` (resources/profiles/*.json)
_mailtls_profiles="exchange-online exim4-gnutls gateway-rsa-legacy gmail gnutls-normal-dh2048 java8 openssl102-default openssl3-default postfix3-openssl"
# `mailtls practice-server --list`
_mailtls_personalities="modern legacy-tls10 ecdsa-only weak-dh self-signed misordered-chain no-starttls client-cert-required auth-before-tls expired starttls-injection starttls-response-injection"

# The options of a command ("session", "cert ca init", ...), long and short.
_mailtls_options_of()
{
    case $1 in
        session)
            echo "-h --help --starttls --implicit-tls --ehlo --sni --no-sni --servername --ca-file" \
                 "--expect-cert --client-cert --client-key --auth-user --auth-pass-file --auth-mech" \
                 "--mail-from --rcpt-to --data --timeout --proxy --proxy-pass-file --proxy-connections --tls-min --tls-max --ciphers --ciphersuites" \
                 "--groups --security-level --show-secrets --interactive --json --html --pdf --fail-on --no-color -q --quiet" ;;
        scan)
            echo "-h --help --starttls --implicit-tls --sni --no-sni --ehlo --timeout --proxy --proxy-pass-file --proxy-connections --max-conn --delay" \
                 "--max-time --no-attack-checks --skip-checks --role --progress --expect-cert --ca-file --servername --json --html --pdf --fail-on" \
                 "--no-color -q --quiet" ;;
        cert) echo "-h --help" ;;
        "cert inspect")
            echo "-h --help --passphrase-file --ca-file --servername --warn-days --json --html --pdf --fail-on" \
                 "--no-color -q --quiet" ;;
        "cert key") echo "-h --help --type --out --passphrase-file --force" ;;
        "cert selfsigned")
            echo "-h --help --cn --san --subject --key-type --key --days --eku --out-cert --out-key" \
                 "--passphrase-file --force" ;;
        "cert csr")
            echo "-h --help --cn --san --subject --key-type --key --out-key --out --passphrase-file --force" ;;
        "cert ca") echo "-h --help" ;;
        "cert ca init")
            echo "-h --help --cn --subject --out-dir --key-type --days --default-days --pathlen" \
                 "--parent-ca-dir --passphrase-file --parent-passphrase-file" ;;
        "cert ca sign")
            echo "-h --help --ca-dir --csr --out --out-chain --days --eku --not-before --not-after --san" \
                 "--pathlen --passphrase-file --force" ;;
        "cert dhparam") echo "-h --help --bits --out --force" ;;
        "cert pkcs12")
            echo "-h --help --cert --key --chain --out --passphrase-file --key-passphrase-file --name --force" ;;
        explain) echo "-h --help --json --no-color" ;;
        simulate)
            echo "-h --help --server --report --client --cipher-list --syntax --versions --groups" \
                 "--min-dh-bits --sigalgs --list-profiles --predict-only --starttls --implicit-tls --sni" \
                 "--no-sni --timeout --max-conn --proxy --proxy-pass-file --proxy-connections --json --html --pdf --fail-on --no-color -q --quiet" ;;
        compare)
            echo "-h --help --starttls --timeout --max-conn --proxy --proxy-pass-file --proxy-connections --json --html --pdf --fail-on" \
                 "--no-color -q --quiet" ;;
        practice-server) echo "-h --help --personality --port --tls-port --list -v --verbose --ipv4-only" ;;
        log)
            echo "-h --help --json --since --until --partner --direction --year --top --drop --cipher-list" \
                 "--only-cert --dh-bits --server-report --no-color" ;;
        queue) echo "-h --help --json --domain --older-than --top --log --no-color" ;;
        fleet)
            echo "-h --help --mode --concurrency --per-host --delay --timeout --proxy --proxy-pass-file --proxy-connections --max-time" \
                 "--ehlo --ca-file" \
                 "--tls-min --tls-max --jsonl --resume --baseline --fail-on --progress --no-color -q --quiet" ;;
        domain)
            echo "-h --help --resolver --trust-anchor --policy-ca-file --ca-file --ehlo --timeout --proxy" \
                 "--proxy-pass-file --proxy-connections --concurrency" \
                 "--no-sessions --port --policy-port --json --html --pdf --fail-on --no-color -q --quiet --records" ;;
        records)
            echo "-h --help --domain --mx --cert --key --next-key --passphrase-file --sts-mode --no-sts" \
                 "--sts-max-age --sts-id --rua --json" ;;
        "") echo "-h --help -V --version" ;;
    esac
}

# What a value option of a command takes: "files", "dirs", "hosts", "json" (a file or -),
# "words:LIST" (fixed choices), "none" (free text); nothing for an option without a value.
_mailtls_value_of()
{
    local command=$1 option=$2
    case $option in
        --starttls) echo "words:smtp lmtp imap pop3 sieve none auto" ;;
        --tls-min|--tls-max) echo "words:$_mailtls_tls_versions" ;;
        --fail-on)
            if [[ $command == compare ]]; then
                echo "words:$_mailtls_severities difference"
            else
                echo "words:$_mailtls_severities"
            fi ;;
        --json) echo "json" ;;
        --jsonl) echo "json" ;;
        --mode) echo "words:session scan" ;;
        --sts-mode) echo "words:enforce testing none" ;;
        --resume|--baseline) echo "files" ;;
        --concurrency|--per-host|--resolver|--policy-port) echo "none" ;;
        --html|--pdf|--ca-file|--expect-cert|--client-cert|--client-key|--auth-pass-file|--data|--passphrase-file \
            |--parent-passphrase-file|--key-passphrase-file|--out|--out-cert|--out-key|--out-chain|--csr \
            |--cert|--key|--next-key|--chain|--report|--server-report|--log|--trust-anchor|--policy-ca-file)
            echo "files" ;;
        --out-dir|--parent-ca-dir|--ca-dir) echo "dirs" ;;
        --sni|--servername|--server|--partner|--mx) echo "hosts" ;;
        --auth-mech) echo "words:PLAIN LOGIN" ;;
        --security-level) echo "words:0 1 2 3 4 5" ;;
        --type|--key-type) echo "words:$_mailtls_key_types" ;;
        --eku)
            if [[ $command == "cert ca sign" ]]; then
                echo "words:server client both ca"
            else
                echo "words:server client both"
            fi ;;
        --bits) echo "words:2048 3072 4096" ;;
        --client) echo "words:$_mailtls_profiles" ;;
        --syntax) echo "words:auto openssl iana gnutls" ;;
        --versions) echo "words:1.0 1.1 1.2 1.3 1.0,1.1,1.2 1.2,1.3" ;;
        --personality) echo "words:$_mailtls_personalities" ;;
        --proxy) echo "words:socks5:// socks5h:// http://" ;;
        --direction) echo "words:in out both" ;;
        --role) echo "words:submission mx lmtp" ;;
        --drop) echo "words:SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1,TLSv1.1" ;;
        --only-cert) echo "words:RSA ECDSA RSA,ECDSA" ;;
        --skip-checks) echo "words:renegotiation fallback resumption ocsp early_data heartbleed ccs_injection robot ticketbleed starttls_injection starttls_enforcement" ;;
        --dh-bits|--min-dh-bits) echo "words:1024 2048 3072 4096" ;;
        --ehlo|--auth-user|--mail-from|--rcpt-to|--timeout|--ciphers|--ciphersuites|--groups|--max-conn \
            |--delay|--max-time|--warn-days|--cn|--san|--subject|--days|--default-days|--pathlen \
            |--not-before|--not-after|--name|--cipher-list|--sigalgs|--port|--tls-port|--since|--until \
            |--year|--top|--domain|--older-than|--sts-max-age|--sts-id|--rua)
            echo "none" ;;
    esac
}

_mailtls_compgen_files()   # $1: what to complete; adds files (and folders to walk into)
{
    if declare -F _filedir >/dev/null 2>&1; then
        cur=$1 _filedir
    else
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        COMPREPLY+=($(compgen -f -- "$1"))
    fi
}

_mailtls_compgen_dirs()
{
    if declare -F _filedir >/dev/null 2>&1; then
        cur=$1 _filedir -d
    else
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        COMPREPLY+=($(compgen -d -- "$1"))
    fi
}

_mailtls_compgen_hosts()
{
    if declare -F _known_hosts_real >/dev/null 2>&1; then
        _known_hosts_real -- "$1"
    else
        COMPREPLY+=($(compgen -A hostname -- "$1"))
    fi
}

_mailtls_complete_value()   # $1 kind, $2 current word
{
    case $1 in
        words:*) COMPREPLY+=($(compgen -W "${1#words:}" -- "$2")) ;;
        files) _mailtls_compgen_files "$2" ;;
        json) COMPREPLY+=($(compgen -W "-" -- "$2")); _mailtls_compgen_files "$2" ;;
        dirs) _mailtls_compgen_dirs "$2" ;;
        hosts) _mailtls_compgen_hosts "$2" ;;
    esac
}

_mailtls()
{
    local cur prev option=
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=
    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}

    # The command: the words naming it, and where its own arguments start.
    local command="" first=1
    if (( COMP_CWORD == 1 )); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$(_mailtls_options_of "")" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_mailtls_commands" -- "$cur"))
        fi
        return 0
    fi
    command=${COMP_WORDS[1]}
    first=2
    if [[ $command == cert ]]; then
        if (( COMP_CWORD == 2 )); then
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "-h --help" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$_mailtls_cert_commands" -- "$cur"))
            fi
            return 0
        fi
        command="cert ${COMP_WORDS[2]}"
        first=3
        if [[ ${COMP_WORDS[2]} == ca ]]; then
            if (( COMP_CWORD == 3 )); then
                if [[ $cur == -* ]]; then
                    COMPREPLY=($(compgen -W "-h --help" -- "$cur"))
                else
                    COMPREPLY=($(compgen -W "init sign" -- "$cur"))
                fi
                return 0
            fi
            command="cert ca ${COMP_WORDS[3]}"
            first=4
        fi
    fi
    [[ -n $(_mailtls_options_of "$command") ]] || return 0

    # --option=value: bash splits at '=' (COMP_WORDBREAKS), so the word before may be '='.
    if [[ $cur == = ]] && (( COMP_CWORD > first )); then
        option=$prev
        cur=
    elif [[ $prev == = ]] && (( COMP_CWORD > first + 1 )); then
        option=${COMP_WORDS[COMP_CWORD-2]}
    elif [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        cur=${cur#*=}
    elif (( COMP_CWORD > first )); then
        option=$prev
    fi
    if [[ $option == -* ]]; then
        local kind
        kind=$(_mailtls_value_of "$command" "$option")
        if [[ -n $kind ]]; then
            _mailtls_complete_value "$kind" "$cur"
            # One word "--option=value" (no '=' in COMP_WORDBREAKS): keep the option in front.
            if [[ ${COMP_WORDS[COMP_CWORD]} == --*=* ]]; then
                local i
                for i in "${!COMPREPLY[@]}"; do
                    COMPREPLY[i]="$option=${COMPREPLY[i]}"
                done
            fi
            return 0
        fi
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_mailtls_options_of "$command")" -- "$cur"))
        return 0
    fi

    # Arguments.
    case $command in
        session|scan) _mailtls_compgen_hosts "$cur" ;;
        compare) _mailtls_compgen_hosts "$cur"; _mailtls_compgen_files "$cur" ;;
        log|queue|fleet) COMPREPLY+=($(compgen -W "-" -- "$cur")); _mailtls_compgen_files "$cur" ;;
        "cert inspect") _mailtls_compgen_files "$cur" ;;
    esac
    return 0
}

complete -F _mailtls mailtls

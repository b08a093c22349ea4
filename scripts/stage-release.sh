#!/usr/bin/env bash
# Rehearses a release to Maven Central without sending anything: builds this checkout at a
# release version with the release profile, signs it with a throwaway gpg key, lets the
# Central Portal plugin make its bundle without uploading it, and checks that bundle: every
# published module has its POM, jar, sources jar and Javadoc jar, each signed and checksummed,
# each jar carrying the licence. Prints a summary; exits 1 on anything missing or wrong.
#
#   scripts/stage-release.sh [VERSION]     VERSION defaults to the project's, less -SNAPSHOT
#
# The bundle and its contents are left in target/staging/ of this checkout. The checkout itself
# is not changed: the build runs on a copy, and nothing is installed in the local repository.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
staging=$root/target/staging
log=$root/target/stage-release.log
mvn=(mvn -B -ntp)

current=$(sed -n '/<\/parent>/q; /<parent>/,/<\/parent>/d; s:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
version=${1:-${current%-SNAPSHOT}}
case $version in
  *-SNAPSHOT|'') echo "stage-release: a release version is needed, not '$version'" >&2; exit 2 ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/linkpost-stage.XXXXXX")
export GNUPGHOME=$work/gnupg
cleanup() {
  gpgconf --kill gpg-agent >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$staging" "$work/src"
mkdir -m 700 "$GNUPGHOME"
rm -rf "${staging:?}"/*

# A key that lives only as long as this run, protected by a passphrase given as a release
# gives it: through the environment, read by the gpg plugin, which passes it to gpg in
# loopback pinentry mode.
passphrase=$(head -c 24 /dev/urandom | base64)
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
    --quick-generate-key "linkpost release rehearsal <rehearsal@linkpost.invalid>" ed25519 sign 1d \
    2>/dev/null
fingerprint=$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')

# The checkout as it is, committed or not, without build output.
tar -C "$root" --exclude=./.git --exclude=target -cf - . | tar -C "$work/src" -xf -

echo "stage-release: linkpost $version (checkout at $current), key $fingerprint"
start=$SECONDS
if ! (cd "$work/src" \
      && "${mvn[@]}" -q org.codehaus.mojo:versions-maven-plugin:2.18.0:set -DnewVersion="$version" \
             -DgenerateBackupPoms=false -DprocessAllModules=true \
      && MAVEN_GPG_PASSPHRASE=$passphrase "${mvn[@]}" -Prelease deploy \
             -Dmaven.test.skip=true -Dmaven.install.skip=true -DskipUpload=true -Dgpg.keyname="$fingerprint") \
     >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "stage-release: the release build failed (whole log in $log)" >&2
  exit 1
fi
echo "stage-release: release build done in $((SECONDS - start)) s (log in $log)"

bundle=$(find "$work/src" -path '*/target/central-publishing/central-bundle.zip' | head -n 1)
if [ -z "$bundle" ]; then
  echo "stage-release: the build made no central-bundle.zip (log in $log)" >&2
  exit 1
fi
cp "$bundle" "$staging/"
mkdir -p "$staging/repository"
unzip -q "$bundle" -d "$staging/repository"

# What must be there: the parent POM, and each module of the reactor that does not say it is
# never published (maven.deploy.skip).
group=io/github/linkpost
parent=$(sed -n '/<parent>/,/<\/parent>/d; s:^  <artifactId>\(.*\)</artifactId>$:\1:p' "$root/pom.xml" | head -n 1)
expected=("$parent:pom")
skipped=()
for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' "$root/pom.xml"); do
  pom=$root/$module/pom.xml
  artifact=$(sed -n '/<parent>/,/<\/parent>/d; s:^  <artifactId>\(.*\)</artifactId>$:\1:p' "$pom" | head -n 1)
  if grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$pom"; then
    skipped+=("$artifact")
  else
    expected+=("$artifact:jar")
  fi
done

problems=0
problem() { echo "  MISSING OR WRONG: ${*#"$staging/repository/"}"; problems=$((problems + 1)); }
checksum_ok() { # file: every checksum beside it matches
  local file=$1 kind tool n=0
  for kind in md5 sha1 sha256 sha512; do
    tool=${kind}sum
    if [ ! -f "$file.$kind" ]; then problem "$file.$kind"; continue; fi
    if [ "$(cut -d' ' -f1 <"$file.$kind")" != "$("$tool" "$file" | cut -d' ' -f1)" ]; then
      problem "$file.$kind does not match"; continue
    fi
    n=$((n + 1))
  done
  checksums=$((checksums + n))
}

echo "stage-release: checking $staging/repository"
total_files=0
for entry in "${expected[@]}"; do
  artifact=${entry%:*} packaging=${entry#*:}
  dir=$staging/repository/$group/$artifact/$version
  files=("$artifact-$version.pom")
  if [ "$packaging" = jar ]; then
    files+=("$artifact-$version.jar" "$artifact-$version-sources.jar" "$artifact-$version-javadoc.jar")
  fi
  signatures=0 checksums=0 licensed=0 jars=0 before=$problems
  for name in "${files[@]}"; do
    file=$dir/$name
    if [ ! -s "$file" ]; then problem "$group/$artifact/$version/$name"; continue; fi
    total_files=$((total_files + 1))
    if [ ! -f "$file.asc" ]; then
      problem "$name.asc"
    elif verdict=$(gpg --batch --status-fd 1 --verify "$file.asc" "$file" 2>/dev/null) \
         && grep -q "^\[GNUPG:\] VALIDSIG $fingerprint " <<<"$verdict"; then
      signatures=$((signatures + 1))
    else
      problem "$name.asc: gpg --verify does not accept it"
    fi
    checksum_ok "$file"
    case $name in
      *.jar)
        jars=$((jars + 1))
        if unzip -p "$file" META-INF/LICENSE 2>/dev/null | cmp -s - "$root/LICENSE" \
           && unzip -l "$file" META-INF/NOTICE >/dev/null 2>&1; then
          licensed=$((licensed + 1))
        else
          problem "$name has no META-INF/LICENSE and NOTICE of the project"
        fi ;;
    esac
  done
  status=ok
  [ "$problems" -gt "$before" ] && status=FAILED
  kinds=pom
  [ "$packaging" = jar ] && kinds="pom jar sources javadoc"
  printf '  %-30s %-24s %d/%d signed, %2d checksums, licence in %d/%d jars  %s\n' \
    "$artifact" "$kinds" "$signatures" "${#files[@]}" "$checksums" "$licensed" "$jars" "$status"
done

# Javadoc links to a sibling module's pages go to javadoc.io, where that module's Javadoc jar of
# the same version is served: each must name a page that is in that jar.
links=0
for entry in "${expected[@]}"; do
  artifact=${entry%:*}
  [ "${entry#*:}" = jar ] || continue
  jar=$staging/repository/$group/$artifact/$version/$artifact-$version-javadoc.jar
  [ -f "$jar" ] || continue
  while read -r target page; do
    links=$((links + 1))
    pages=$work/pages-$target
    [ -f "$pages" ] || unzip -Z1 "$staging/repository/$group/$target/$version/$target-$version-javadoc.jar" \
        >"$pages" 2>/dev/null || true
    if ! grep -qxF "$page" "$pages"; then
      problem "$artifact's Javadoc links to $target's $page, which its Javadoc jar does not hold"
    fi
  done < <(unzip -p "$jar" '*.html' \
           | grep -o "href=\"https://javadoc.io/doc/${group//\//.}/[^/\"]*/$version/[^\"#]*" \
           | sed "s:^href=\"https\://javadoc.io/doc/[^/]*/\([^/]*\)/[^/]*/:\1 :" | sort -u)
done
echo "  Javadoc links to sibling modules at javadoc.io: $links pages, each in its module's Javadoc jar"

# Nothing else may be in the bundle: a module that says it is never published must not be.
for artifact in "${skipped[@]}"; do
  if [ -d "$staging/repository/$group/$artifact" ]; then
    problem "$artifact is marked never published but is in the bundle"
  fi
done
for found in "$staging/repository/$group"/*; do
  name=${found##*/} known=no
  for entry in "${expected[@]}"; do
    if [ "${entry%:*}" = "$name" ]; then known=yes; fi
  done
  if [ "$known" = no ]; then problem "$name is in the bundle but is no module of this checkout"; fi
done

echo "  not published (maven.deploy.skip): ${skipped[*]:-none}"
if [ "$problems" -gt 0 ]; then
  echo "stage-release: $problems problem(s); bundle in $staging" >&2
  exit 1
fi
echo "stage-release: ok, ${#expected[@]} artifacts, $total_files files signed and checksummed: $staging/central-bundle.zip"

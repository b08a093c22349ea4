# frozen_string_literal: true

# Converts Markdown to HTML with Jekyll's own Markdown converter, configured as `jekyll build`
# configures it with no _config.yml (Jekyll's defaults, quiet), for many documents in one
# process. Liquid is not run: this is the Markdown step of a build alone, what a post's
# `{{ content }}` holds when its body has no Liquid in it.
#
# The protocol, on stdin and stdout, all integers 32-bit big-endian:
#   on start, one reply frame: status 0 and the versions ("jekyll 4.3.1 kramdown 2.4.0 ..."),
#     or status 2 and why the converter cannot be loaded (then the process ends);
#   a request: a count N, then N documents, each an operation byte, a length and that many
#     bytes of UTF-8 text. Operation "M" converts a document's Markdown; operation "F" removes
#     a post file's front matter as Jekyll does when it reads a post, giving the body;
#   the reply: N frames, in order, each a status byte (0 the result, 1 the error message), a
#     length and that many bytes of UTF-8. HTML that kramdown makes but that is not UTF-8 is
#     reported as an error: there is no text to compare with.
# End of input ends the process. Documents may hold any characters, NUL and lone CR included;
# text that is not UTF-8 gets an error frame.

PROTOCOL = $stdout.dup
PROTOCOL.binmode
PROTOCOL.sync = false
# Whatever Ruby or a library would print goes to stderr, never into the protocol.
$stdout.reopen($stderr)
$stdin.binmode

def reply(status, text)
  bytes = text.to_s.b
  PROTOCOL.write([status].pack("C"), [bytes.bytesize].pack("N"), bytes)
end

def read_exactly(count)
  return "".b if count.zero?

  data = $stdin.read(count)
  raise EOFError, "the request ended early" if data.nil? || data.bytesize != count

  data
end

begin
  require "jekyll"
  Jekyll::Cache.disable_disk_cache!
  config = Jekyll::Configuration.from({ "quiet" => true })
  Jekyll.logger.log_level = :error
  CONVERTER = Jekyll::Converters::Markdown.new(config)
  CONVERTER.setup
  require "kramdown-parser-gfm"
  require "rouge"
  versions = {
    "jekyll" => Jekyll::VERSION,
    "kramdown" => Kramdown::VERSION,
    "kramdown-parser-gfm" => Gem.loaded_specs["kramdown-parser-gfm"]&.version.to_s,
    "rouge" => Rouge.version,
  }
  reply(0, versions.map { |name, version| "#{name} #{version}" }.join(" "))
  PROTOCOL.flush
rescue LoadError, StandardError => e
  reply(2, "#{e.class}: #{e.message}")
  PROTOCOL.flush
  exit 2
end

def strip_front_matter(text)
  text =~ Jekyll::Document::YAML_FRONT_MATTER_REGEXP ? Regexp.last_match.post_match : text
end

loop do
  head = $stdin.read(4)
  break if head.nil?
  raise EOFError, "the request ended early" if head.bytesize != 4

  documents = Array.new(head.unpack1("N")) do
    operation = read_exactly(1)
    [operation, read_exactly(read_exactly(4).unpack1("N")).force_encoding(Encoding::UTF_8)]
  end
  documents.each do |operation, text|
    raise ArgumentError, "not UTF-8" unless text.valid_encoding?

    case operation
    when "M"
      html = CONVERTER.convert(text)
      # A character reference beyond Unicode (&#1114112;) comes out as bytes that are not UTF-8.
      unless html.valid_encoding?
        raise EncodingError, "kramdown's HTML is not UTF-8: #{html.b.inspect}"
      end

      reply(0, html)
    when "F" then reply(0, strip_front_matter(text))
    else raise ArgumentError, "unknown operation #{operation.inspect}"
    end
  rescue StandardError, SystemStackError, EncodingError => e
    reply(1, "#{e.class}: #{e.message}")
  end
  PROTOCOL.flush
  # The converter caches every document it has seen; a batch's are not needed again.
  Jekyll::Cache.clear
end
